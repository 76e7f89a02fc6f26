package org.cnnlab.training.run;

import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Accuracy and mean cross-entropy of a network on some samples, in inference mode. Cross-entropy
 * of one sample is {@code -ln p(true class)} with p clamped to at least 1e-7 (as Keras does).
 *
 * @param samples  how many samples were scored
 * @param correct  how many had their true class as the most probable one
 * @param meanLoss mean cross-entropy
 */
public record Evaluation(int samples, int correct, double meanLoss) {
    private static final double MIN_PROBABILITY = 1e-7;

    public double accuracy() {
        return samples == 0 ? Double.NaN : (double) correct / samples;
    }

    /** Scores {@code network} on every sample of {@code subset}. */
    public static Evaluation of(TrainableNetwork network, DatasetSubset subset) {
        return of(Predictions.of(network, subset));
    }

    /** Scores {@code network} on one batch (features NCHW, one-hot labels). */
    public static Evaluation of(TrainableNetwork network, DataSet batch) {
        float[][] probabilities = network.predict(batch.getFeatures()).toFloatMatrix();
        float[][] labels = batch.getLabels().toFloatMatrix();
        int correct = 0;
        double lossSum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            int actual = argMax(labels[i]);
            if (argMax(probabilities[i]) == actual) {
                correct++;
            }
            lossSum -= Math.log(Math.max(MIN_PROBABILITY, probabilities[i][actual]));
        }
        int n = probabilities.length;
        return new Evaluation(n, correct, n == 0 ? Double.NaN : lossSum / n);
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Scores predictions already made. */
    public static Evaluation of(Predictions predictions) {
        int correct = 0;
        double lossSum = 0;
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.predicted()[i] == predictions.actual()[i]) {
                correct++;
            }
            lossSum -= Math.log(Math.max(MIN_PROBABILITY, predictions.trueClassProbability()[i]));
        }
        int n = predictions.size();
        return new Evaluation(n, correct, n == 0 ? Double.NaN : lossSum / n);
    }
}
