package org.cnnlab.engine;

import java.util.Arrays;

/**
 * Summary statistics of repeated timings, as the benchmarks and the latency overlay report them:
 * the median, and percentiles by the nearest-rank rule (the {@code p}-th percentile of {@code n}
 * sorted values is the value at rank {@code ceil(p / 100 · n)}).
 */
public final class Timings {
    private Timings() {
    }

    /** The middle value (mean of the two middle ones for an even count); NaN for no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = sorted(values);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The {@code percent}-th percentile (0–100) by the nearest-rank rule; NaN for no values. */
    public static double nearestRank(double[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = sorted(values);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
