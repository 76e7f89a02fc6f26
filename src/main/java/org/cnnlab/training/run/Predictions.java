package org.cnnlab.training.run;

import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.dl4j.MiniBatches;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a network predicts for each sample of a subset (inference mode), as plain arrays indexed
 * like the subset. The arrays are not copied: treat them as read-only.
 *
 * @param sourceIndices         the sample's index in its dataset
 * @param actual                the true label
 * @param predicted             the most probable class
 * @param confidence            the probability of the predicted class
 * @param trueClassProbability  the probability given to the true class
 */
public record Predictions(int[] sourceIndices, int[] actual, int[] predicted, float[] confidence, float[] trueClassProbability) {
    private static final int BATCH = 500;

    public int size() {
        return actual.length;
    }

    /** Runs {@code network} over every sample of {@code subset}, 500 at a time. */
    public static Predictions of(TrainableNetwork network, DatasetSubset subset) {
        int n = subset.size();
        int[] sourceIndices = new int[n];
        int[] actual = new int[n];
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        float[] trueClassProbability = new float[n];
        MiniBatches batches = new MiniBatches(subset, BATCH);
        for (int b = 0; b < batches.batchCount(); b++) {
            INDArray probabilities = network.predict(batches.batch(b).getFeatures());
            float[][] p = probabilities.toFloatMatrix();
            int[] labels = batches.labels(b);
            for (int i = 0; i < labels.length; i++) {
                int sample = b * BATCH + i;
                int best = 0;
                for (int c = 1; c < p[i].length; c++) {
                    if (p[i][c] > p[i][best]) {
                        best = c;
                    }
                }
                sourceIndices[sample] = subset.sourceIndex(sample);
                actual[sample] = labels[i];
                predicted[sample] = best;
                confidence[sample] = p[i][best];
                trueClassProbability[sample] = p[i][labels[i]];
            }
        }
        return new Predictions(sourceIndices, actual, predicted, confidence, trueClassProbability);
    }
}
