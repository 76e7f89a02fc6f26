package org.cnnlab.training.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    /** Six samples of three classes: 0→0, 0→1 (p .9), 1→1, 2→1 (p .6), 2→2, 2→0 (p .95). */
    private static final Predictions SIX = new Predictions(
            new int[] {10, 11, 12, 13, 14, 15},
            new int[] {0, 0, 1, 2, 2, 2},
            new int[] {0, 1, 1, 1, 2, 0},
            new float[] {0.8f, 0.9f, 0.7f, 0.6f, 0.99f, 0.95f},
            new float[] {0.8f, 0.05f, 0.7f, 0.3f, 0.99f, 0.01f});

    @Test
    void countsEachActualPredictedPair() {
        ConfusionMatrix matrix = new ConfusionMatrix(3, SIX);

        assertThat(matrix.count(0, 0)).isEqualTo(1);
        assertThat(matrix.count(0, 1)).isEqualTo(1);
        assertThat(matrix.count(2, 1)).isEqualTo(1);
        assertThat(matrix.count(1, 0)).isZero();
        assertThat(matrix.actualCount(2)).isEqualTo(3);
        assertThat(matrix.accuracy()).isEqualTo(3.0 / 6);
    }

    @Test
    void aCellListsItsSamplesByDatasetIndex() {
        assertThat(new ConfusionMatrix(3, SIX).samplesIn(2, 0)).containsExactly(15);
        assertThat(new ConfusionMatrix(3, SIX).samplesIn(1, 2)).isEmpty();
    }

    @Test
    void mistakesAreRankedByTheConfidenceOfTheWrongAnswer() {
        assertThat(new ConfusionMatrix(3, SIX).mostConfidentMistakes(2)).containsExactly(
                new ConfusionMatrix.Mistake(15, 2, 0, 0.95f),
                new ConfusionMatrix.Mistake(11, 0, 1, 0.9f));
    }

    @Test
    void evaluationLossIsTheMeanNegativeLogOfTheTrueClassProbability() {
        Evaluation evaluation = Evaluation.of(SIX);
        double expected = -(Math.log(0.8) + Math.log(0.05) + Math.log(0.7) + Math.log(0.3) + Math.log(0.99) + Math.log(0.01)) / 6;

        assertThat(evaluation.correct()).isEqualTo(3);
        assertThat(evaluation.meanLoss()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
    }
}
