package org.cnnlab.engine;

import java.util.Arrays;

/** Summary statistics of repeated timings in milliseconds. */
final class Timings {
    private Timings() {
    }

    /** The middle value (mean of the two middle ones for an even count); NaN for no values. */
    static double median(double[] millis) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
