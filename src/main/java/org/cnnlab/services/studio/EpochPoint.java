package org.cnnlab.services.studio;

/**
 * One point of the by-epoch charts (Keras's {@code history}).
 *
 * @param epoch              1-based
 * @param loss               mean training loss over the epoch
 * @param accuracy           training accuracy over the epoch
 * @param validationLoss     mean loss on the validation set, NaN without one
 * @param validationAccuracy accuracy on the validation set, NaN without one
 */
public record EpochPoint(int epoch, double loss, double accuracy, double validationLoss, double validationAccuracy) {
}
