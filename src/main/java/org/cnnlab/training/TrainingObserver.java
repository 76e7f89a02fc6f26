package org.cnnlab.training;

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

    default void onEpoch(EpochReport report) {
    }
}
