package org.cnnlab.engine;

/**
 * Spatial pooling over {@code size x size} windows moved by {@code stride}, without padding (as
 * Keras' default {@code padding="valid"}): the output side is {@code floor((n - size) / stride) + 1},
 * and each output value is the max or the mean of its window, per channel.
 */
public record Pooling(PoolingType type, int size, int stride) {
    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 4;

    public Pooling {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("pool size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", got " + size);
        }
        if (stride < 1 || stride > MAX_SIZE) {
            throw new IllegalArgumentException("pool stride must be between 1 and " + MAX_SIZE + ", got " + stride);
        }
    }

    /** The common {@code size x size} pooling with stride equal to the size. */
    public static Pooling of(PoolingType type, int size) {
        return new Pooling(type, size, size);
    }

    public int outputSize(int inputSize) {
        return inputSize < size ? 0 : (inputSize - size) / stride + 1;
    }

    /** Pools {@code in} into {@code out}, which must be {@code C x outputSize(H) x outputSize(W)}. */
    public void apply(FloatPlanes in, FloatPlanes out) {
        int oh = outputSize(in.height());
        int ow = outputSize(in.width());
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException("a " + size + "x" + size + " pool does not fit in a "
                    + in.height() + "x" + in.width() + " map");
        }
        if (!out.hasShape(in.channels(), oh, ow)) {
            throw new IllegalArgumentException("pool output is " + out.shapeText() + ", expected "
                    + in.channels() + "x" + oh + "x" + ow);
        }
        float[] src = in.data();
        float[] dst = out.data();
        for (int c = 0; c < in.channels(); c++) {
            if (type == PoolingType.MAX) {
                maxPlane(src, in.planeOffset(c), in.width(), dst, out.planeOffset(c), oh, ow);
            } else {
                averagePlane(src, in.planeOffset(c), in.width(), dst, out.planeOffset(c), oh, ow);
            }
        }
    }

    private void maxPlane(float[] src, int srcPlane, int w, float[] dst, int dstPlane, int oh, int ow) {
        if (size == 2 && stride == 2) {
            for (int y = 0; y < oh; y++) {
                int top = srcPlane + 2 * y * w;
                int bottom = top + w;
                int o = dstPlane + y * ow;
                for (int x = 0; x < ow; x++) {
                    int i = 2 * x;
                    dst[o + x] = Math.max(Math.max(src[top + i], src[top + i + 1]), Math.max(src[bottom + i], src[bottom + i + 1]));
                }
            }
            return;
        }
        for (int y = 0; y < oh; y++) {
            int o = dstPlane + y * ow;
            for (int x = 0; x < ow; x++) {
                int base = srcPlane + y * stride * w + x * stride;
                float best = src[base];
                for (int i = 0; i < size; i++) {
                    int row = base + i * w;
                    for (int j = 0; j < size; j++) {
                        best = Math.max(best, src[row + j]);
                    }
                }
                dst[o + x] = best;
            }
        }
    }

    private void averagePlane(float[] src, int srcPlane, int w, float[] dst, int dstPlane, int oh, int ow) {
        float inverseArea = 1f / (size * size);
        for (int y = 0; y < oh; y++) {
            int o = dstPlane + y * ow;
            for (int x = 0; x < ow; x++) {
                int base = srcPlane + y * stride * w + x * stride;
                float sum = 0f;
                for (int i = 0; i < size; i++) {
                    int row = base + i * w;
                    for (int j = 0; j < size; j++) {
                        sum += src[row + j];
                    }
                }
                dst[o + x] = sum * inverseArea;
            }
        }
    }

    /** Allocating form of {@link #apply(FloatPlanes, FloatPlanes)}. */
    public FloatPlanes apply(FloatPlanes in) {
        FloatPlanes out = FloatPlanes.zeros(in.channels(), outputSize(in.height()), outputSize(in.width()));
        apply(in, out);
        return out;
    }

    /** The top-left input coordinate {@code {row, col}} of the window that produced output {@code (y, x)}. */
    public int[] windowOrigin(int y, int x) {
        return new int[] {y * stride, x * stride};
    }

    /** The input pixel {@code {row, col}} a max pool picked for output {@code (y, x)} of channel {@code c}. */
    public int[] argMax(FloatPlanes in, int c, int y, int x) {
        int[] origin = windowOrigin(y, x);
        int bestRow = origin[0];
        int bestCol = origin[1];
        float best = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                float v = in.get(c, origin[0] + i, origin[1] + j);
                if (v > best) {
                    best = v;
                    bestRow = origin[0] + i;
                    bestCol = origin[1] + j;
                }
            }
        }
        return new int[] {bestRow, bestCol};
    }
}
