package org.cnnlab.services.studio;

import java.util.List;
import org.cnnlab.training.run.ConfusionMatrix;

/**
 * The current network scored on the whole test set.
 *
 * @param matrix    the confusion matrix (click a cell: {@link ConfusionMatrix#samplesIn})
 * @param mistakes  the most confident mistakes, surest first; at most {@value #MISTAKES} are kept
 * @param accuracy  share correct, 0–1
 * @param meanLoss  mean cross-entropy
 */
public record TestReport(ConfusionMatrix matrix, List<ConfusionMatrix.Mistake> mistakes, double accuracy, double meanLoss) {
    /** How many confident mistakes a report lists; the test-set tab shows all of them. */
    public static final int MISTAKES = 24;

    public TestReport {
        mistakes = List.copyOf(mistakes.subList(0, Math.min(mistakes.size(), MISTAKES)));
    }
}
