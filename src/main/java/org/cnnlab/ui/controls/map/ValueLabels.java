package org.cnnlab.ui.controls.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * Which numbers a zoomed map writes into its pixels, and where: one {@link CellLabel} per visible
 * pixel once a pixel is at least {@code minimumCell} screen pixels wide; a colour pixel (R, G, B
 * not all equal) needs room for three lines, twice that. The text is light on dark pixels and
 * dark on light ones: a pixel is dark when its relative luminance {@code (0.2126 R + 0.7152 G +
 * 0.0722 B) / 255} is at most 0.45.
 */
public final class ValueLabels {
    /** The smallest pixel, in screen pixels, that a number is written into. */
    public static final double MINIMUM_CELL = 28;

    /** The lines to write into pixel {@code (row, column)}: its value, or its R, G and B values. */
    @FunctionalInterface
    public interface CellText {
        List<String> linesAt(int row, int column);
    }

    private ValueLabels() {
    }

    /** Whether pixels drawn {@code scale} screen pixels wide are large enough for a one-line number. */
    public static boolean fit(double scale, double minimumCell) {
        return scale >= minimumCell;
    }

    /**
     * The labels of the {@code visible} pixels under {@code viewport}, or none when the pixels are
     * smaller than {@code minimumCell}.
     *
     * @param colorOf the ARGB colour each pixel is drawn in, {@code (row, column) -> argb}
     */
    public static List<CellLabel> layout(Viewport viewport, PixelRect visible, double minimumCell, IntBinaryOperator colorOf,
            CellText text) {
        if (!fit(viewport.scale(), minimumCell)) {
            return List.of();
        }
        List<CellLabel> labels = new ArrayList<>(visible.width() * visible.height());
        for (int row = visible.top(); row < visible.bottom(); row++) {
            for (int column = visible.left(); column < visible.right(); column++) {
                List<String> lines = text.linesAt(row, column);
                if (lines.size() > 1 && !fit(viewport.scale(), 2 * minimumCell)) {
                    continue;
                }
                labels.add(new CellLabel(row, column, viewport.screenX(column + 0.5), viewport.screenY(row + 0.5), lines,
                        isDark(colorOf.applyAsInt(row, column))));
            }
        }
        return labels;
    }

    /** Whether light text reads better than dark text on colour {@code argb}. */
    public static boolean isDark(int argb) {
        double luminance = (0.2126 * ((argb >> 16) & 0xff) + 0.7152 * ((argb >> 8) & 0xff) + 0.0722 * (argb & 0xff)) / 255;
        return luminance <= 0.45;
    }
}
