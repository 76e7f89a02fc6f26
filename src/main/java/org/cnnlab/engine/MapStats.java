package org.cnnlab.engine;

/**
 * Summary of one plane of a feature map: its smallest, largest and mean value, and the share of
 * values that are exactly zero (after ReLU, the share of "dead" positions).
 */
public record MapStats(float min, float max, double mean, double zeroFraction, int count) {

    /** Statistics of plane {@code c} of {@code map}. */
    public static MapStats of(FloatPlanes map, int c) {
        return of(map.data(), map.planeOffset(c), map.planeSize());
    }

    /** Statistics of every value of {@code map}, all channels together. */
    public static MapStats ofAll(FloatPlanes map) {
        return of(map.data(), 0, map.data().length);
    }

    static MapStats of(float[] data, int offset, int length) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        int zeros = 0;
        for (int i = offset; i < offset + length; i++) {
            float v = data[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            if (v == 0f) {
                zeros++;
            }
        }
        return new MapStats(min, max, sum / length, (double) zeros / length, length);
    }

    /** {@code max - min}, or 1 for a flat map, the scale engines' agreement is measured against. */
    public double range() {
        double r = (double) max - min;
        return r > 0 ? r : 1.0;
    }
}
