package org.cnnlab.training.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which classes the network confuses: cell (actual, predicted) counts the samples of class
 * {@code actual} that it labelled {@code predicted}; the diagonal holds the correct ones. Keeps
 * each cell's samples so a click can show them, and ranks mistakes by confidence. Immutable.
 */
public final class ConfusionMatrix {
    /**
     * A wrong prediction.
     *
     * @param sourceIndex the sample's index in its dataset
     * @param actual      its true class
     * @param predicted   the class the network chose
     * @param confidence  the probability it gave that wrong class
     */
    public record Mistake(int sourceIndex, int actual, int predicted, float confidence) {
    }

    private final int classes;
    private final Predictions predictions;
    private final int[][] counts;

    public ConfusionMatrix(int classes, Predictions predictions) {
        this.classes = classes;
        this.predictions = predictions;
        this.counts = new int[classes][classes];
        for (int i = 0; i < predictions.size(); i++) {
            counts[predictions.actual()[i]][predictions.predicted()[i]]++;
        }
    }

    public int classCount() {
        return classes;
    }

    /** Samples of class {@code actual} predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** Samples whose true class is {@code actual} (a row sum). */
    public int actualCount(int actual) {
        return IntStream.of(counts[actual]).sum();
    }

    /** The share of samples on the diagonal. */
    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < classes; c++) {
            correct += counts[c][c];
        }
        return predictions.size() == 0 ? Double.NaN : (double) correct / predictions.size();
    }

    /** The dataset indices of the samples in cell (actual, predicted), in subset order. */
    public List<Integer> samplesIn(int actual, int predicted) {
        List<Integer> samples = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.actual()[i] == actual && predictions.predicted()[i] == predicted) {
                samples.add(predictions.sourceIndices()[i]);
            }
        }
        return samples;
    }

    /** The {@code limit} mistakes the network was surest about, most confident first. */
    public List<Mistake> mostConfidentMistakes(int limit) {
        List<Mistake> mistakes = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.actual()[i] != predictions.predicted()[i]) {
                mistakes.add(new Mistake(predictions.sourceIndices()[i], predictions.actual()[i], predictions.predicted()[i],
                        predictions.confidence()[i]));
            }
        }
        mistakes.sort(Comparator.comparingDouble(Mistake::confidence).reversed().thenComparingInt(Mistake::sourceIndex));
        return List.copyOf(mistakes.subList(0, Math.min(limit, mistakes.size())));
    }
}
