package org.cnnlab.services.studio;

import org.cnnlab.training.run.TrainingOutcome;

/**
 * What the studio reports, on its model thread. Implementations copy nothing (every argument is
 * immutable) and should only hand the value to the UI thread.
 */
public interface StudioListener {
    /** Training progress and the batch points since the previous call (throttled). */
    default void onProgress(TrainingProgress progress) {
    }

    /** An epoch ended (always delivered, never throttled away). */
    default void onEpoch(EpochPoint epoch) {
    }

    /** The network's current picture for the probe image (throttled while training). */
    default void onNetwork(NetworkPicture picture) {
    }

    /** A training run ended. */
    default void onFinished(TrainingOutcome outcome) {
    }
}
