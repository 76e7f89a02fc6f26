package org.cnnlab.training.dl4j;

/**
 * A model read from a file: the network, ready to predict or train on, and what was recorded about it.
 *
 * @param network  the network, built from the saved description with the saved weights
 * @param metadata how it was trained
 */
public record LoadedModel(TrainableNetwork network, ModelMetadata metadata) {
}
