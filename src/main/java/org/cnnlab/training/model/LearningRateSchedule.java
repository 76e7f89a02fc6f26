package org.cnnlab.training.model;

import java.util.Optional;

/**
 * How the learning rate changes during one training run of T weight updates: before update t
 * (t = 0 … T−1) the optimiser uses lr · factor(t, T).
 */
public enum LearningRateSchedule {
    /** factor = 1: the same step size throughout, as Keras does unless told otherwise. */
    CONSTANT("constant", "Constant"),
    /**
     * factor = (1 + cos(π t / T)) / 2: the full rate at first, eased down along half a cosine to
     * almost nothing by the last batch (Loshchilov and Hutter's SGDR, without restarts), so the last
     * steps fine-tune instead of jumping around the minimum.
     */
    COSINE("cosine", "Cosine");

    private final String cliName;
    private final String displayName;

    LearningRateSchedule(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The multiplier of the learning rate before update {@code step} of {@code totalSteps}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= step < totalSteps}
     */
    public double factor(long step, long totalSteps) {
        if (step < 0 || step >= totalSteps) {
            throw new IllegalArgumentException("update " + step + " is not within a run of " + totalSteps);
        }
        return switch (this) {
            case CONSTANT -> 1;
            case COSINE -> (1 + Math.cos(Math.PI * step / totalSteps)) / 2;
        };
    }

    /** The schedule with this CLI name, ignoring case. */
    public static Optional<LearningRateSchedule> byName(String name) {
        return CliNames.find(values(), LearningRateSchedule::cliName, name);
    }
}
