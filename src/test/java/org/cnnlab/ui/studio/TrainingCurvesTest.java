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
        assertThat(curves.batchLoss().points()).isEmpty();
        curves.publish();
        assertThat(curves.batchLoss().points()).singleElement()
                .satisfies(d -> assertThat(d.y()).isEqualTo(2.30));
        assertThat(curves.batchAccuracy().points().get(0).y()).isEqualTo(12.5);
    }

    @Test
    void aBatchWithoutValidationAddsNoValidationPoint() {
        curves.add(new BatchPoint(1, 2.30, 0.125, Double.NaN));
        curves.publish();
        assertThat(curves.batchValidationAccuracy().points()).isEmpty();
    }

    @Test
    void anEpochAddsOnePointToEachEpochLineAndNoneToTheBatchLines() {
        curves.add(new EpochPoint(1, 0.31, 0.91, 0.28, 0.925));
        curves.publish();
        assertThat(curves.epochValidationAccuracy().points()).singleElement()
                .satisfies(d -> assertThat(d.y()).isCloseTo(92.5, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(curves.epochLoss().points()).hasSize(1);
        assertThat(curves.batchLoss().points()).isEmpty();
    }

    @Test
    void clearEmptiesEveryLine() {
        curves.add(new BatchPoint(1, 2.30, 0.125, 0.1));
        curves.add(new EpochPoint(1, 0.31, 0.91, 0.28, 0.925));
        curves.publish();
        curves.clear();
        assertThat(curves.batchLoss().points()).isEmpty();
        assertThat(curves.epochAccuracy().points()).isEmpty();
    }
}
