package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.services.studio.BatchPoint;
import org.cnnlab.services.studio.EpochPoint;
import org.junit.jupiter.api.Test;

class TrainingCurvesTest {
    private final TrainingCurves curves = new TrainingCurves();

    @Test
    void pointsShowOnlyOncePublishedAndAccuracyIsInPercent() {
        curves.add(new BatchPoint(1, 2.30, 0.125, Double.NaN));
        assertThat(curves.batchLoss.series().getData()).isEmpty();
        curves.publish();
        assertThat(curves.batchLoss.series().getData()).singleElement()
                .satisfies(d -> assertThat(d.getYValue().doubleValue()).isEqualTo(2.30));
        assertThat(curves.batchAccuracy.series().getData().get(0).getYValue().doubleValue()).isEqualTo(12.5);
    }

    @Test
    void aBatchWithoutValidationAddsNoValidationPoint() {
        curves.add(new BatchPoint(1, 2.30, 0.125, Double.NaN));
        curves.publish();
        assertThat(curves.batchValidationAccuracy.series().getData()).isEmpty();
    }

    @Test
    void anEpochAddsOnePointToEachEpochLineAndNoneToTheBatchLines() {
        curves.add(new EpochPoint(1, 0.31, 0.91, 0.28, 0.925));
        curves.publish();
        assertThat(curves.epochValidationAccuracy.series().getData()).singleElement()
                .satisfies(d -> assertThat(d.getYValue().doubleValue()).isCloseTo(92.5, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(curves.epochLoss.series().getData()).hasSize(1);
        assertThat(curves.batchLoss.series().getData()).isEmpty();
    }

    @Test
    void clearEmptiesEveryLine() {
        curves.add(new BatchPoint(1, 2.30, 0.125, 0.1));
        curves.add(new EpochPoint(1, 0.31, 0.91, 0.28, 0.925));
        curves.publish();
        curves.clear();
        assertThat(curves.batchLoss.series().getData()).isEmpty();
        assertThat(curves.epochAccuracy.series().getData()).isEmpty();
    }
}
