package org.cnnlab.services.studio;

import java.util.List;
import org.cnnlab.training.run.ConfusionMatrix;

/**
 * The current network scored on the whole test set.
 *
 * @param matrix    the confusion matrix (click a cell: {@link ConfusionMatrix#samplesIn})
 * @param mistakes  the most confident mistakes, surest first
 * @param accuracy  share correct, 0–1
 * @param meanLoss  mean cross-entropy
 */
public record TestReport(ConfusionMatrix matrix, List<ConfusionMatrix.Mistake> mistakes, double accuracy, double meanLoss) {
    public TestReport {
        mistakes = List.copyOf(mistakes);
    }
}
