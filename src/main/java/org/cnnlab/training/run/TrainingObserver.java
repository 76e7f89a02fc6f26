package org.cnnlab.training.run;

/**
 * Receives training progress on the training thread. Implementations must return quickly (copy
 * what they need and hand it to another thread); the UI throttles what it shows.
 */
public interface TrainingObserver {
    /** Does nothing. */
    TrainingObserver NONE = new TrainingObserver() {
    };

    default void onBatch(BatchReport report) {
    }

    /**
     * A weight update is done; {@code batch} is what it learned from, to be questioned only during
     * this call (e.g. to measure the batch's accuracy or gradient now). Passes the report to {@link #onBatch(BatchReport)}.
     */
    default void onBatch(BatchReport report, LearnedBatch batch) {
        onBatch(report);
    }

    default void onEpoch(EpochReport report) {
    }
}
