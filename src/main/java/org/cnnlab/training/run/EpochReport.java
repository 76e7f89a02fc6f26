package org.cnnlab.training.run;

/**
 * The state of the network at the end of an epoch.
 *
 * @param epoch              0-based epoch just finished
 * @param trainingLoss       mean of the batch losses during the epoch
 * @param validationLoss     mean cross-entropy on the validation samples; NaN without validation
 * @param validationAccuracy share of validation samples classified right, 0–1; NaN without validation
 */
public record EpochReport(int epoch, double trainingLoss, double validationLoss, double validationAccuracy) {
}
