package org.cnnlab.training.run;

/**
 * How a training run ended.
 *
 * @param status          completed, stopped by the user, or stopped because the loss diverged
 * @param message         one sentence for the user
 * @param epochsCompleted whole epochs finished
 * @param imagesSeen      training images processed
 * @param imagesPerSecond training throughput (wall clock, excluding pauses and validation)
 */
public record TrainingOutcome(Status status, String message, int epochsCompleted, long imagesSeen, double imagesPerSecond) {
    /** Why training ended. */
    public enum Status {
        COMPLETED,
        STOPPED,
        /** The loss became NaN or infinite; the last good weights were restored. */
        DIVERGED
    }
}
