package org.cnnlab.services.studio;

import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.ModelSummary;

/**
 * The network the studio holds now.
 *
 * @param name          zoo name or file name
 * @param summary       its Keras-style summary (layers, shapes, parameter counts)
 * @param dataset       the dataset it is trained (or to be trained) on
 * @param epochsTrained epochs trained so far (0 for a new network)
 * @param testAccuracy  last measured test accuracy 0–1, NaN when not measured
 */
public record ModelInfo(String name, ModelSummary summary, DatasetId dataset, int epochsTrained, double testAccuracy) {
}
