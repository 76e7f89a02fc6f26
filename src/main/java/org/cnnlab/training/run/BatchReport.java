package org.cnnlab.training.run;

/**
 * What one weight update did.
 *
 * @param epoch           0-based epoch
 * @param batch           0-based batch within the epoch
 * @param batchesPerEpoch batches in one epoch
 * @param loss            the batch's mean cross-entropy before the update
 * @param imagesSeen      training images processed so far in the run
 * @param imagesPerSecond training throughput so far (wall clock, excluding pauses)
 */
public record BatchReport(int epoch, int batch, int batchesPerEpoch, double loss, long imagesSeen, double imagesPerSecond) {
}
