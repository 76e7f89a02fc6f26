package org.cnnlab.services.studio;

/**
 * How long a training run still takes. The trainer's throughput counts only weight updates; the
 * studio also spends time on what the views show (batch checks, validation samples, pictures),
 * and that share of the time so far is assumed to continue:
 * {@code left = (total - seen) / rate * (1 + extra / (seen / rate))}.
 */
final class TimeLeft {
    private TimeLeft() {
    }

    /**
     * @param seen         training images processed so far
     * @param total        images the whole run processes
     * @param rate         the trainer's images per second (updates only)
     * @param extraSeconds time spent so far on the views' measurements
     * @return seconds, or NaN before the rate is known
     */
    static double seconds(long seen, long total, double rate, double extraSeconds) {
        if (!(rate > 0) || seen <= 0) {
            return Double.NaN;
        }
        double trainingSeconds = seen / rate;
        return Math.max(0, total - seen) / rate * (1 + Math.max(0, extraSeconds) / trainingSeconds);
    }
}
