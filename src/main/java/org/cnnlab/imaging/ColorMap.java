package org.cnnlab.imaging;

/**
 * Maps numbers to colours for heatmaps. Two families, both readable with the common forms of
 * colour blindness:
 * <ul>
 *   <li>{@link #VIRIDIS}, sequential, for maps that cannot be negative (after ReLU, pooled maps);</li>
 *   <li>{@link #PURPLE_ORANGE}, diverging and centred on zero (ColorBrewer's PuOr): purple for
 *       negative, white for zero, orange for positive, for signed maps such as edge responses;</li>
 *   <li>{@link #GRAY}, black to white, the way image editors show a channel.</li>
 * </ul>
 * Colours between the control points are interpolated linearly in sRGB.
 */
public enum ColorMap {
    VIRIDIS("viridis", false, 0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725),
    PURPLE_ORANGE("purple–orange", true, 0x2d004b, 0x542788, 0x8073ac, 0xb2abd2, 0xd8daeb, 0xf7f7f7,
            0xfee0b6, 0xfdb863, 0xe08214, 0xb35806, 0x7f3b08),
    GRAY("gray", false, 0x000000, 0xffffff);

    private static final int LUT_SIZE = 1024;

    private final String label;
    private final boolean diverging;
    private final int[] lut;

    ColorMap(String label, boolean diverging, int... controlPoints) {
        this.label = label;
        this.diverging = diverging;
        this.lut = buildLut(controlPoints);
    }

    private static int[] buildLut(int[] points) {
        int[] table = new int[LUT_SIZE];
        for (int i = 0; i < LUT_SIZE; i++) {
            double t = (double) i / (LUT_SIZE - 1) * (points.length - 1);
            int k = Math.min((int) t, points.length - 2);
            double f = t - k;
            int a = points[k];
            int b = points[k + 1];
            int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
            int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
            int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
            table[i] = 0xff000000 | (r << 16) | (g << 8) | bl;
        }
        return table;
    }

    public String label() {
        return label;
    }

    /** True for maps centred on zero. */
    public boolean isDiverging() {
        return diverging;
    }

    /** The map a signed or a non-negative range calls for: diverging when {@code min < 0 < max}. */
    public static ColorMap forRange(double min, double max) {
        return min < 0 && max > 0 ? PURPLE_ORANGE : VIRIDIS;
    }

    /** Colour (opaque ARGB) at position {@code t} in [0, 1]; values outside are clamped. */
    public int colorAt(double t) {
        if (Double.isNaN(t)) {
            return 0xffff00ff;
        }
        int i = (int) Math.round(Math.max(0, Math.min(1, t)) * (LUT_SIZE - 1));
        return lut[i];
    }

    /**
     * Renders {@code length} values starting at {@code offset} into opaque ARGB pixels. A diverging
     * map puts zero in the middle and scales by {@code max(|min|, |max|)} so the same colour means
     * the same magnitude on both sides; a sequential map stretches {@code [min, max]}.
     */
    public void render(float[] values, int offset, int length, double min, double max, int[] argbOut) {
        render(values, offset, length, min, max, argbOut, 0);
    }

    /** As {@link #render(float[], int, int, double, double, int[])}, writing from {@code argbOut[outOffset]}. */
    public void render(float[] values, int offset, int length, double min, double max, int[] argbOut, int outOffset) {
        if (diverging) {
            double scale = Math.max(Math.abs(min), Math.abs(max));
            double inv = scale > 0 ? 0.5 / scale : 0;
            for (int i = 0; i < length; i++) {
                argbOut[outOffset + i] = colorAt(0.5 + values[offset + i] * inv);
            }
        } else {
            double span = max - min;
            double inv = span > 0 ? 1.0 / span : 0;
            for (int i = 0; i < length; i++) {
                argbOut[outOffset + i] = colorAt((values[offset + i] - min) * inv);
            }
        }
    }

    /** Position in [0, 1] of {@code value} on this map for the range {@code [min, max]}. */
    public double position(double value, double min, double max) {
        if (diverging) {
            double scale = Math.max(Math.abs(min), Math.abs(max));
            return scale > 0 ? 0.5 + value * 0.5 / scale : 0.5;
        }
        return max > min ? (value - min) / (max - min) : 0;
    }
}
