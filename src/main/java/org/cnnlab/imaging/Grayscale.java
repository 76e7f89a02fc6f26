package org.cnnlab.imaging;

import org.cnnlab.engine.FloatPlanes;

/**
 * Ways of turning R, G, B into one gray value, {@code gray = wR·R + wG·G + wB·B}. The weights differ
 * because the eye is most sensitive to green: Rec. 601 luma (what {@code tf.image.rgb_to_grayscale}
 * and most CNN tutorials use), Rec. 709 (HDTV and sRGB primaries) and the plain mean. The same
 * photograph gives slightly different gray images, and so slightly different feature maps.
 */
public enum Grayscale {
    LUMA_601("luma (Rec. 601)", 0.299, 0.587, 0.114),
    BT709("BT.709", 0.2126, 0.7152, 0.0722),
    MEAN("mean", 1.0 / 3, 1.0 / 3, 1.0 / 3);

    private final String label;
    private final double red;
    private final double green;
    private final double blue;

    Grayscale(String label, double red, double green, double blue) {
        this.label = label;
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public String label() {
        return label;
    }

    public double redWeight() {
        return red;
    }

    public double greenWeight() {
        return green;
    }

    public double blueWeight() {
        return blue;
    }

    /** The formula with this method's weights, e.g. {@code 0.299·R + 0.587·G + 0.114·B}. */
    public String formula() {
        return this == MEAN ? "(R + G + B) / 3" : red + "·R + " + green + "·G + " + blue + "·B";
    }

    /** Gray value of one pixel. */
    public double gray(double r, double g, double b) {
        return red * r + green * g + blue * b;
    }

    /** One gray plane from three planes in R, G, B order (any units; the gray has the same units). */
    public FloatPlanes convert(FloatPlanes rgb) {
        if (rgb.channels() != 3) {
            throw new IllegalArgumentException("grayscale conversion needs 3 planes in R, G, B order, got "
                    + rgb.channels());
        }
        FloatPlanes gray = FloatPlanes.zeros(1, rgb.height(), rgb.width());
        float[] in = rgb.data();
        float[] out = gray.data();
        int n = rgb.planeSize();
        for (int i = 0; i < n; i++) {
            out[i] = (float) gray(in[i], in[n + i], in[2 * n + i]);
        }
        return gray;
    }

    /**
     * How much two methods disagree on each pixel: {@code first(rgb) − second(rgb)} and the largest
     * absolute value of that difference.
     */
    public static GrayscaleDifference difference(FloatPlanes rgb, Grayscale first, Grayscale second) {
        FloatPlanes a = first.convert(rgb);
        FloatPlanes b = second.convert(rgb);
        float[] d = a.data();
        float[] other = b.data();
        double max = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] -= other[i];
            max = Math.max(max, Math.abs(d[i]));
        }
        return new GrayscaleDifference(first, second, a, max);
    }
}
