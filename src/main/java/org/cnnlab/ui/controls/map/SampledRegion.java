package org.cnnlab.ui.controls.map;

/**
 * Colours of part of an image, possibly decimated: the region covers the image pixels
 * {@code pixels}, and sample {@code (i, j)} of the {@code width × height} grid (row-major in
 * {@code argb}) is image pixel {@code (pixels.top + i·step, pixels.left + j·step)}, standing for
 * the {@code step × step} pixels from there. Zoomed out, a step above 1 keeps about one sample per
 * screen pixel, so colouring costs what the screen shows, not what the image holds. The array may
 * be longer than the grid (it is reused).
 */
public record SampledRegion(PixelRect pixels, int step, int[] argb) {

    public SampledRegion {
        if (step < 1 || argb.length < ceilDiv(pixels.width(), step) * ceilDiv(pixels.height(), step)) {
            throw new IllegalArgumentException("a sampled region needs a step of at least 1 and a colour per sample, got step "
                    + step + " and " + argb.length + " colours for " + pixels);
        }
    }

    /** Samples per row. */
    public int width() {
        return ceilDiv(pixels.width(), step);
    }

    /** Sample rows. */
    public int height() {
        return ceilDiv(pixels.height(), step);
    }

    /** The image column of sample column {@code j}. */
    public int columnOf(int j) {
        return pixels.left() + j * step;
    }

    /** The image row of sample row {@code i}. */
    public int rowOf(int i) {
        return pixels.top() + i * step;
    }

    /** The sample column that stands for image column {@code column}, or -1 outside the region. */
    public int sampleColumn(int column) {
        return column < pixels.left() || column >= pixels.right() ? -1 : (column - pixels.left()) / step;
    }

    /** The sample row that stands for image row {@code row}, or -1 outside the region. */
    public int sampleRow(int row) {
        return row < pixels.top() || row >= pixels.bottom() ? -1 : (row - pixels.top()) / step;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
