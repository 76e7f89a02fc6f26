package org.cnnlab.training.run;

import java.util.Locale;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.model.LearningRateSchedule;
import org.cnnlab.training.model.OptimizerKind;

/**
 * The settings of one training run.
 *
 * @param optimizer          how weights are updated
 * @param learningRate       the step size, above 0 and finite
 * @param schedule           how the step size changes over the run
 * @param batchSize          images per weight update, 1 to 4096
 * @param epochs             passes over the training samples, 1 to 1000
 * @param validationFraction the share of the training set held out for validation, 0 to below 1
 * @param seed               seeds the weights, the validation split, the batch order and dropout
 * @param limit              use only the first {@code limit} training images; 0 for all
 */
public record TrainingConfig(OptimizerKind optimizer, double learningRate, LearningRateSchedule schedule, int batchSize, int epochs,
        double validationFraction, long seed, int limit) {
    /** The seed used when the user gives none. */
    public static final long DEFAULT_SEED = 42;

    /**
     * @throws IllegalArgumentException with a sentence for the user when a value is out of range
     */
    public TrainingConfig {
        if (optimizer == null) {
            throw new IllegalArgumentException("Choose an optimiser.");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("Choose a learning-rate schedule.");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The learning rate must be above 0, not %s.", learningRate));
        }
        if (batchSize < 1 || batchSize > 4096) {
            throw new IllegalArgumentException("The batch size must be 1 to 4096, not " + batchSize + ".");
        }
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("The number of epochs must be 1 to 1000, not " + epochs + ".");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("The validation split must be at least 0 and below 1, not " + validationFraction + ".");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("The image limit cannot be negative: " + limit + ".");
        }
    }

    /** Adam at a constant 1e-3, batch 64, one epoch, 20% validation, seed 42, all images: the reference notebooks' run. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(OptimizerKind.ADAM, OptimizerKind.ADAM.defaultLearningRate(), LearningRateSchedule.CONSTANT, 64, 1,
                ValidationSplit.DEFAULT_FRACTION, DEFAULT_SEED, 0);
    }

    public TrainingConfig withOptimizer(OptimizerKind newOptimizer, double newLearningRate) {
        return new TrainingConfig(newOptimizer, newLearningRate, schedule, batchSize, epochs, validationFraction, seed, limit);
    }

    public TrainingConfig withSchedule(LearningRateSchedule newSchedule) {
        return new TrainingConfig(optimizer, learningRate, newSchedule, batchSize, epochs, validationFraction, seed, limit);
    }

    public TrainingConfig withBatchSize(int newBatchSize) {
        return new TrainingConfig(optimizer, learningRate, schedule, newBatchSize, epochs, validationFraction, seed, limit);
    }

    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(optimizer, learningRate, schedule, batchSize, newEpochs, validationFraction, seed, limit);
    }

    public TrainingConfig withValidationFraction(double newFraction) {
        return new TrainingConfig(optimizer, learningRate, schedule, batchSize, epochs, newFraction, seed, limit);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(optimizer, learningRate, schedule, batchSize, epochs, validationFraction, newSeed, limit);
    }

    public TrainingConfig withLimit(int newLimit) {
        return new TrainingConfig(optimizer, learningRate, schedule, batchSize, epochs, validationFraction, seed, newLimit);
    }
}
