package org.cnnlab.services.studio;

/**
 * The distribution of one layer's weights and of their latest gradients.
 *
 * @param layerName the layer, as the summary names it
 * @param weights   its weights (biases excluded)
 * @param gradients the gradient of the loss for those weights on a recent batch; null before training
 */
public record LayerHistograms(String layerName, Histogram weights, Histogram gradients) {
}
