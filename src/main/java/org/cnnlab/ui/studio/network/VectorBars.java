package org.cnnlab.ui.studio.network;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.cnnlab.ui.controls.CanvasRegion;

/**
 * A flat layer output (a dense layer's units, a flattened vector) as one vertical bar per value:
 * orange up for positive, purple down for negative, the zero line in gray. When there are more values
 * than pixel columns, each column shows the value of largest magnitude among those it covers, so a
 * single strong unit never disappears.
 */
public final class VectorBars extends CanvasRegion {
    static final Color POSITIVE = Color.web("#e08214");
    static final Color NEGATIVE = Color.web("#8073ac");

    private float[] values = new float[0];

    public VectorBars() {
        super(false);
        getStyleClass().add("vector-bars");
    }

    /**
     * Shows {@code shown}, sized for their number: about a quarter em per bar, 8 to 30 em wide, 4 em
     * tall; in a narrow place as narrow as 8 em, where columns share values.
     */
    public void show(float[] shown) {
        boolean resized = shown.length != values.length;
        values = shown.clone();
        if (resized) {
            double em = Math.max(8, Math.min(30, values.length * 0.25));
            String w = String.format(Locale.ROOT, "%.2f", em);
            setStyle("-fx-pref-width: " + w + "em; -fx-min-width: 8em; -fx-pref-height: 4em; -fx-min-height: 4em;");
        }
        draw();
    }


    @Override
    protected void draw() {
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        GraphicsContext g = clearToBackground();
        if (values.length == 0 || width < 2 || height < 2) {
            return;
        }
        float min = Math.min(0, Mosaic.min(values));
        float max = Math.max(0, Mosaic.max(values));
        double span = max - min;
        double zero = span > 0 ? height * max / span : height;
        int columns = (int) Math.min(values.length, Math.floor(width));
        double barWidth = width / columns;
        for (int c = 0; c < columns; c++) {
            int from = (int) ((long) c * values.length / columns);
            int to = Math.max(from + 1, (int) ((long) (c + 1) * values.length / columns));
            float strongest = 0;
            for (int i = from; i < to; i++) {
                if (Math.abs(values[i]) > Math.abs(strongest)) {
                    strongest = values[i];
                }
            }
            double length = span > 0 ? Math.abs(strongest) / span * height : 0;
            g.setFill(strongest < 0 ? NEGATIVE : POSITIVE);
            double gap = barWidth >= 4 ? 1 : 0;
            g.fillRect(c * barWidth, strongest < 0 ? zero : zero - length, barWidth - gap, length);
        }
        g.setStroke(ink());
        g.strokeLine(0, zero, width, zero);
    }
}
