package org.cnnlab.ui.controls.map;

import java.util.Arrays;

/**
 * Nearest-neighbour resampling onto the screen: each screen pixel takes the colour of the image
 * pixel under its centre, so a zoomed pixel is a square of one colour with hard edges. Done here
 * in plain arrays because a renderer's own image scaling may smooth whatever it is told (JavaFX's
 * software pipeline ignores "no smoothing"), blending neighbours into blobs and half-pixel strips.
 */
public final class NearestNeighbour {

    private NearestNeighbour() {
    }

    /**
     * Fills {@code screen} ({@code screenWidth × screenHeight}, row-major) with {@code region} as
     * {@code viewport} shows it. Screen pixel {@code (sx, sy)} shows the image pixel under
     * {@code (sx + ½, sy + ½)}; where that pixel lies outside the region, {@code background}.
     * A screen row that shows the same image row as the one above is copied, not recomputed.
     */
    public static void resample(SampledRegion region, Viewport viewport, int screenWidth, int screenHeight, int[] screen,
            int background) {
        if (screen.length < screenWidth * screenHeight) {
            throw new IllegalArgumentException("the screen buffer holds " + screen.length + " pixels, not "
                    + screenWidth + "×" + screenHeight);
        }
        int[] sampleColumn = new int[screenWidth];
        for (int sx = 0; sx < screenWidth; sx++) {
            sampleColumn[sx] = region.sampleColumn(viewport.columnAt(sx + 0.5));
        }
        int previousRow = Integer.MIN_VALUE;
        for (int sy = 0; sy < screenHeight; sy++) {
            int sampleRow = region.sampleRow(viewport.rowAt(sy + 0.5));
            int out = sy * screenWidth;
            if (sampleRow == previousRow && sy > 0) {
                System.arraycopy(screen, out - screenWidth, screen, out, screenWidth);
                continue;
            }
            previousRow = sampleRow;
            if (sampleRow < 0) {
                Arrays.fill(screen, out, out + screenWidth, background);
                continue;
            }
            int in = sampleRow * region.width();
            int[] argb = region.argb();
            for (int sx = 0; sx < screenWidth; sx++) {
                int j = sampleColumn[sx];
                screen[out + sx] = j < 0 ? background : argb[in + j];
            }
        }
    }
}
