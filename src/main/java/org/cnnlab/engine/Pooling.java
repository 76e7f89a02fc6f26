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
        int w = in.width();
        float inverseArea = 1f / (size * size);
        for (int c = 0; c < in.channels(); c++) {
            int srcPlane = in.planeOffset(c);
            int dstPlane = out.planeOffset(c);
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int base = srcPlane + y * stride * w + x * stride;
                    float acc = type == PoolingType.MAX ? Float.NEGATIVE_INFINITY : 0f;
                    for (int i = 0; i < size; i++) {
                        int row = base + i * w;
                        for (int j = 0; j < size; j++) {
                            float v = src[row + j];
                            acc = type == PoolingType.MAX ? Math.max(acc, v) : acc + v;
                        }
                    }
                    dst[dstPlane + y * ow + x] = type == PoolingType.MAX ? acc : acc * inverseArea;
                }
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
