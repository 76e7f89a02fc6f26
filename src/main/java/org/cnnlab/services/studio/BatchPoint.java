package org.cnnlab.services.studio;

/**
 * One point of the by-batch charts.
 *
 * @param step               batches since the run started (1-based)
 * @param loss               the batch's mean cross-entropy
 * @param accuracy           share of the batch classified correctly, NaN when not measured
 * @param validationAccuracy accuracy on a fixed sample of the validation set, NaN when not measured at this step
 */
public record BatchPoint(long step, double loss, double accuracy, double validationAccuracy) {
}
