package org.cnnlab.persist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The training studio's last choices, remembered between sessions. Names are the CLI's names
 * ({@code lenet5}, {@code mnist}, {@code adam}, {@code cosine}); a null or unknown name, or a
 * number out of range, means "the studio's default" and is resolved by the studio, which knows the
 * valid values.
 *
 * @param model              zoo model name
 * @param dataset            dataset name
 * @param optimizer          optimiser name
 * @param learningRate       learning rate, 0 or less when not set
 * @param schedule           learning-rate schedule name
 * @param batchSize          images per weight update, 0 when not set
 * @param epochs             passes over the training images, 0 when not set
 * @param imageLimit         train on only the first so many images, 0 for all
 * @param seed               random seed, negative when not set
 * @param validationFraction share held out for validation, negative when not set
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StudioSettings(String model, String dataset, String optimizer, double learningRate, String schedule,
        int batchSize, int epochs, int imageLimit, long seed, double validationFraction) {

    /** Nothing chosen yet: every field takes the studio's default. */
    public static StudioSettings unset() {
        return new StudioSettings(null, null, null, 0, null, 0, 0, 0, -1, -1);
    }
}
