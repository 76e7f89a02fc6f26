package org.cnnlab.services.studio;

/**
 * Values counted into equal-width bins between {@code min} and {@code max}: bin {@code i} covers
 * {@code [min + i*w, min + (i+1)*w)} with {@code w = (max - min) / counts.length}, the last bin
 * including {@code max}.
 */
public record Histogram(double min, double max, int[] counts) {
    public Histogram {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int bins() {
        return counts.length;
    }

    /**
     * Counts {@code values} into {@code bins} bins spanning their smallest to their largest finite
     * value (NaN and infinities are left out). When all values are equal the range is widened by
     * 0.5 on each side so the value sits in the middle; no values gives the range 0 to 0.
     */
    public static Histogram of(float[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, not " + bins);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float value : values) {
            if (Float.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        int[] counts = new int[bins];
        if (min > max) {
            return new Histogram(0, 0, counts);
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double width = (max - min) / bins;
        for (float value : values) {
            if (Float.isFinite(value)) {
                counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
            }
        }
        return new Histogram(min, max, counts);
    }
}
