package org.cnnlab.engine;

import java.util.Arrays;

/**
 * A stack of two-dimensional float planes in channel-major order (CHW), the shape a convolutional
 * layer reads and writes: the value at channel {@code c}, row {@code y}, column {@code x} is
 * {@code data[(c * height + y) * width + x]}.
 *
 * <p>The backing array is exposed on purpose: engines fill it in place so that the sandbox reuses
 * one buffer per panel instead of allocating a full-size array on every edit. Code that hands a
 * map to another thread passes a {@link #copy()}.
 */
public final class FloatPlanes {
    private final int channels;
    private final int height;
    private final int width;
    private final float[] data;

    private FloatPlanes(int channels, int height, int width, float[] data) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.data = data;
    }

    /** A zero-filled stack of {@code channels} planes of {@code height x width}. */
    public static FloatPlanes zeros(int channels, int height, int width) {
        checkShape(channels, height, width);
        return new FloatPlanes(channels, height, width, new float[Math.multiplyExact(Math.multiplyExact(channels, height), width)]);
    }

    /** Wraps {@code data} (not copied), which must hold exactly {@code channels * height * width} values. */
    public static FloatPlanes wrap(int channels, int height, int width, float[] data) {
        checkShape(channels, height, width);
        if (data.length != (long) channels * height * width) {
            throw new IllegalArgumentException("expected " + ((long) channels * height * width) + " values for "
                    + channels + "x" + height + "x" + width + ", got " + data.length);
        }
        return new FloatPlanes(channels, height, width, data);
    }

    /** A single plane from row-major rows, e.g. {@code of2d(new float[][] {{1, 2}, {3, 4}})}. */
    public static FloatPlanes of2d(float[][] rows) {
        int h = rows.length;
        int w = h == 0 ? 0 : rows[0].length;
        FloatPlanes planes = zeros(1, h, w);
        for (int y = 0; y < h; y++) {
            if (rows[y].length != w) {
                throw new IllegalArgumentException("row " + y + " has " + rows[y].length + " values, expected " + w);
            }
            System.arraycopy(rows[y], 0, planes.data, y * w, w);
        }
        return planes;
    }

    /**
     * Returns {@code previous} when it already has the wanted shape, otherwise a new zero-filled
     * stack: the way panels keep one buffer across edits.
     */
    public static FloatPlanes reuseOrAllocate(FloatPlanes previous, int channels, int height, int width) {
        if (previous != null && previous.hasShape(channels, height, width)) {
            return previous;
        }
        return zeros(channels, height, width);
    }

    private static void checkShape(int channels, int height, int width) {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a map needs at least one channel, row and column, got "
                    + channels + "x" + height + "x" + width);
        }
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Number of values in one plane, {@code height * width}. */
    public int planeSize() {
        return height * width;
    }

    /** The backing array, CHW order; writes are visible to every holder of this object. */
    public float[] data() {
        return data;
    }

    public boolean hasShape(int c, int h, int w) {
        return channels == c && height == h && width == w;
    }

    public float get(int c, int y, int x) {
        return data[(c * height + y) * width + x];
    }

    public void set(int c, int y, int x, float value) {
        data[(c * height + y) * width + x] = value;
    }

    /** Index of the first value of plane {@code c} in {@link #data()}. */
    public int planeOffset(int c) {
        return c * height * width;
    }

    /** A new single-plane stack holding a copy of plane {@code c}. */
    public FloatPlanes plane(int c) {
        float[] copy = Arrays.copyOfRange(data, planeOffset(c), planeOffset(c) + planeSize());
        return new FloatPlanes(1, height, width, copy);
    }

    /** A deep copy, safe to hand to another thread. */
    public FloatPlanes copy() {
        return new FloatPlanes(channels, height, width, data.clone());
    }

    /** Shape as {@code CxHxW}, or {@code HxW} for one plane. */
    public String shapeText() {
        return channels == 1 ? height + "x" + width : channels + "x" + height + "x" + width;
    }

    @Override
    public String toString() {
        return "FloatPlanes[" + shapeText() + "]";
    }
}
