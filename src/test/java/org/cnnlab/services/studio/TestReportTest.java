package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.training.run.ConfusionMatrix;
import org.cnnlab.training.run.Predictions;
import org.junit.jupiter.api.Test;

class TestReportTest {

    /** {@code n} samples of class 0, each taken for class 1 with confidence (i + 1) / (n + 1). */
    private static ConfusionMatrix allWrong(int n) {
        int[] indices = new int[n];
        int[] actual = new int[n];
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        float[] trueClass = new float[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
            predicted[i] = 1;
            confidence[i] = (i + 1f) / (n + 1f);
            trueClass[i] = 1 - confidence[i];
        }
        return new ConfusionMatrix(2, new Predictions(indices, actual, predicted, confidence, trueClass));
    }

    @Test
    void aReportKeepsOnlyTheSurestMistakesUpToTheCap() {
        ConfusionMatrix matrix = allWrong(TestReport.MISTAKES + 6);

        TestReport report = new TestReport(matrix, matrix.mostConfidentMistakes(TestReport.MISTAKES + 6), 0, 1);

        assertThat(report.mistakes()).hasSize(TestReport.MISTAKES);
        assertThat(report.mistakes().get(0).sourceIndex()).isEqualTo(TestReport.MISTAKES + 5);
        assertThat(report.mistakes()).extracting(ConfusionMatrix.Mistake::sourceIndex).doesNotContain(0, 1, 2, 3, 4, 5);
    }

    @Test
    void fewerMistakesThanTheCapAreAllKept() {
        ConfusionMatrix matrix = allWrong(3);

        TestReport report = new TestReport(matrix, matrix.mostConfidentMistakes(TestReport.MISTAKES), 0, 1);

        assertThat(report.mistakes()).hasSize(3);
    }
}
