package org.cnnlab.training.data;

/**
 * Turns a drawing into a 28x28 image the way MNIST's digits were made: crop to the bounding box of
 * the ink, scale it (keeping its aspect ratio, anti-aliased) so the longer side is 20 pixels, then
 * place it in a 28x28 field so its centre of mass sits in the middle of the field.
 *
 * <p>Scaling is area averaging: each output pixel is the mean of the input area it covers
 * (partial pixels weighted by their covered fraction), which smooths edges on the way down. The
 * centre of mass is {@code sum(i * v) / sum(v)} in pixel-index coordinates; the shift to the
 * field's middle (index 13.5) is rounded to whole pixels and limited so the digit stays inside.
 */
public final class DigitPreprocessor {
    /** Side of the output image. */
    public static final int FIELD = 28;
    /** Side of the box the longer side of the digit is scaled to. */
    public static final int BOX = 20;

    private final float inkThreshold;

    /** @param inkThreshold canvas values above this count as ink for the bounding box (e.g. 0.05) */
    public DigitPreprocessor(float inkThreshold) {
        this.inkThreshold = inkThreshold;
    }

    /**
     * Preprocesses a canvas.
     *
     * @param canvas row-major values 0–1 (1 = full ink), {@code width * height} of them
     * @return 784 row-major values 0–1; all zero when the canvas holds no ink
     */
    public float[] preprocess(float[] canvas, int width, int height) {
        if (width < 1 || height < 1 || canvas.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " canvas needs " + (width * height)
                    + " values, not " + canvas.length);
        }
        int left = width;
        int right = -1;
        int top = height;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (canvas[y * width + x] > inkThreshold) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        float[] field = new float[FIELD * FIELD];
        if (right < 0) {
            return field;
        }
        int boxWidth = right - left + 1;
        int boxHeight = bottom - top + 1;
        int longer = Math.max(boxWidth, boxHeight);
        int scaledWidth = Math.max(1, Math.round((float) boxWidth * BOX / longer));
        int scaledHeight = Math.max(1, Math.round((float) boxHeight * BOX / longer));
        float[] scaled = areaResample(canvas, width, left, top, boxWidth, boxHeight, scaledWidth, scaledHeight);
        placeByCentreOfMass(scaled, scaledWidth, scaledHeight, field);
        return field;
    }

    private static float[] areaResample(float[] canvas, int canvasWidth, int left, int top, int boxWidth, int boxHeight,
            int outWidth, int outHeight) {
        float[] out = new float[outWidth * outHeight];
        double stepX = (double) boxWidth / outWidth;
        double stepY = (double) boxHeight / outHeight;
        for (int oy = 0; oy < outHeight; oy++) {
            double y0 = oy * stepY;
            double y1 = y0 + stepY;
            for (int ox = 0; ox < outWidth; ox++) {
                double x0 = ox * stepX;
                double x1 = x0 + stepX;
                double sum = 0;
                for (int y = (int) Math.floor(y0); y < Math.min(boxHeight, Math.ceil(y1)); y++) {
                    double wy = Math.min(y + 1, y1) - Math.max(y, y0);
                    for (int x = (int) Math.floor(x0); x < Math.min(boxWidth, Math.ceil(x1)); x++) {
                        double wx = Math.min(x + 1, x1) - Math.max(x, x0);
                        sum += wx * wy * canvas[(top + y) * canvasWidth + left + x];
                    }
                }
                out[oy * outWidth + ox] = (float) (sum / (stepX * stepY));
            }
        }
        return out;
    }

    private static void placeByCentreOfMass(float[] digit, int width, int height, float[] field) {
        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = digit[y * width + x];
                mass += v;
                sumX += x * v;
                sumY += y * v;
            }
        }
        double centreX = mass > 0 ? sumX / mass : (width - 1) / 2.0;
        double centreY = mass > 0 ? sumY / mass : (height - 1) / 2.0;
        double middle = (FIELD - 1) / 2.0;
        int offsetX = clamp((int) Math.round(middle - centreX), FIELD - width);
        int offsetY = clamp((int) Math.round(middle - centreY), FIELD - height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                field[(offsetY + y) * FIELD + offsetX + x] = Math.min(1f, digit[y * width + x]);
            }
        }
    }

    private static int clamp(int offset, int max) {
        return Math.max(0, Math.min(max, offset));
    }
}
