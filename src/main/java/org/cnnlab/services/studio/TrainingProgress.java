package org.cnnlab.services.studio;

import java.util.List;

/**
 * Where a training run stands.
 *
 * @param phase            running, paused or finished
 * @param epoch            current epoch, 0-based
 * @param epochs           epochs in the run
 * @param batch            batches done in the current epoch
 * @param batchesPerEpoch  batches per epoch
 * @param imagesSeen       training images processed in this run
 * @param imagesTotal      images the whole run will process
 * @param imagesPerSecond  throughput so far (excluding pauses)
 * @param secondsLeft      estimated time to the end, NaN before it can be estimated
 * @param newPoints        batch points since the previous progress report, oldest first
 */
public record TrainingProgress(Phase phase, int epoch, int epochs, int batch, int batchesPerEpoch, long imagesSeen,
        long imagesTotal, double imagesPerSecond, double secondsLeft, List<BatchPoint> newPoints) {
    /** The state of a run. */
    public enum Phase {
        RUNNING,
        PAUSED,
        FINISHED
    }

    public TrainingProgress {
        newPoints = List.copyOf(newPoints);
    }

    /** Share of the run done, 0–1. */
    public double fraction() {
        return imagesTotal == 0 ? 0 : Math.min(1.0, (double) imagesSeen / imagesTotal);
    }
}
