package org.cnnlab.training.dl4j;

import java.util.List;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.OptimizerKind;

/**
 * What CNN Lab records beside a trained network's weights.
 *
 * @param dataset       the dataset it was trained on
 * @param classNames    the class of each output unit
 * @param optimizer     the optimiser used
 * @param learningRate  its learning rate
 * @param batchSize     the batch size used
 * @param epochs        epochs trained
 * @param seed          the run's seed
 * @param testAccuracy  accuracy on the test set, 0–1, or NaN when not measured
 * @param createdAt     when it was saved, ISO-8601 UTC
 */
public record ModelMetadata(DatasetId dataset, List<String> classNames, OptimizerKind optimizer, double learningRate,
        int batchSize, int epochs, long seed, double testAccuracy, String createdAt) {
    public ModelMetadata {
        classNames = List.copyOf(classNames);
    }
}
