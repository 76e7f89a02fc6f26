package org.cnnlab.training.run;

import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.data.ValidationSplit;

/**
 * The images one run learns from, the same for the command line and the studio: the first
 * {@link TrainingConfig#limit()} images of the training set (all of them when the limit is 0),
 * split by {@link ValidationSplit} with the config's validation fraction and seed.
 */
public final class TrainingSamples {
    private TrainingSamples() {
    }

    /**
     * @throws IllegalArgumentException with a sentence for the user when the validation part
     *                                  leaves no image to learn from
     */
    public static ValidationSplit of(Dataset trainSet, TrainingConfig config) {
        DatasetSubset samples = DatasetSubset.all(trainSet);
        if (config.limit() > 0) {
            samples = samples.limit(config.limit());
        }
        ValidationSplit split = ValidationSplit.of(samples, config.validationFraction(), config.seed());
        if (split.training().size() == 0) {
            throw new IllegalArgumentException("No training images are left after holding out "
                    + Math.round(config.validationFraction() * 100) + "% of " + samples.size()
                    + " for validation: use more images or a smaller validation split.");
        }
        return split;
    }
}
