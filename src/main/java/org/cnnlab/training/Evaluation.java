package org.cnnlab.training;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Accuracy and mean cross-entropy of a network on some samples, in inference mode. Cross-entropy
 * of one sample is {@code -ln p(true class)} with p clamped to at least 1e-7 (as Keras does).
 *
 * @param samples  how many samples were scored
 * @param correct  how many had their true class as the most probable one
 * @param meanLoss mean cross-entropy
 */
public record Evaluation(int samples, int correct, double meanLoss) {
    private static final int BATCH = 500;
    private static final double MIN_PROBABILITY = 1e-7;

    public double accuracy() {
        return samples == 0 ? Double.NaN : (double) correct / samples;
    }

    /** Scores {@code network} on every sample of {@code subset}. */
    public static Evaluation of(TrainableNetwork network, DatasetSubset subset) {
        MiniBatches batches = new MiniBatches(subset, BATCH);
        int correct = 0;
        double lossSum = 0;
        for (int b = 0; b < batches.batchCount(); b++) {
            INDArray probabilities = network.predict(batches.batch(b).getFeatures());
            int[] labels = batches.labels(b);
            float[][] p = probabilities.toFloatMatrix();
            for (int i = 0; i < labels.length; i++) {
                int best = 0;
                for (int c = 1; c < p[i].length; c++) {
                    if (p[i][c] > p[i][best]) {
                        best = c;
                    }
                }
                if (best == labels[i]) {
                    correct++;
                }
                lossSum -= Math.log(Math.max(MIN_PROBABILITY, p[i][labels[i]]));
            }
        }
        return new Evaluation(subset.size(), correct, subset.size() == 0 ? Double.NaN : lossSum / subset.size());
    }
}
