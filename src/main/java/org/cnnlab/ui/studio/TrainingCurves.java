package org.cnnlab.ui.studio;

import java.util.List;
import javafx.scene.chart.XYChart;
import org.cnnlab.services.studio.BatchPoint;
import org.cnnlab.services.studio.EpochPoint;

/**
 * The lines of the training charts, Keras's {@code history} drawn live: loss and accuracy (in %)
 * for training and validation, by batch and by epoch. Every point is kept; each chart series
 * shows at most {@value StudioViewModel#MAX_CHART_POINTS} of them ({@link DecimatedSeries}),
 * refreshed by {@link #publish()} once per frame. Used on the FX thread only.
 */
final class TrainingCurves {
    final Curve batchLoss = new Curve("training");
    final Curve batchAccuracy = new Curve("training");
    final Curve batchValidationAccuracy = new Curve("validation");
    final Curve epochLoss = new Curve("training");
    final Curve epochValidationLoss = new Curve("validation");
    final Curve epochAccuracy = new Curve("training");
    final Curve epochValidationAccuracy = new Curve("validation");
    private final List<Curve> batchCurves = List.of(batchLoss, batchAccuracy, batchValidationAccuracy);
    private final List<Curve> epochCurves = List.of(epochLoss, epochValidationLoss, epochAccuracy, epochValidationAccuracy);
    private boolean batchesChanged;
    private boolean epochsChanged;

    void add(BatchPoint point) {
        batchLoss.add(point.step(), point.loss());
        batchAccuracy.add(point.step(), point.accuracy() * 100);
        batchValidationAccuracy.add(point.step(), point.validationAccuracy() * 100);
        batchesChanged = true;
    }

    void add(EpochPoint epoch) {
        epochLoss.add(epoch.epoch(), epoch.loss());
        epochValidationLoss.add(epoch.epoch(), epoch.validationLoss());
        epochAccuracy.add(epoch.epoch(), epoch.accuracy() * 100);
        epochValidationAccuracy.add(epoch.epoch(), epoch.validationAccuracy() * 100);
        epochsChanged = true;
    }

    /** Redraws the series that received points since the last call. */
    void publish() {
        if (batchesChanged) {
            batchCurves.forEach(Curve::publish);
        }
        if (epochsChanged) {
            epochCurves.forEach(Curve::publish);
        }
        batchesChanged = false;
        epochsChanged = false;
    }

    void clear() {
        batchCurves.forEach(Curve::clear);
        epochCurves.forEach(Curve::clear);
        batchesChanged = false;
        epochsChanged = false;
    }

    /** One chart line: every point kept, a decimated copy shown. */
    static final class Curve {
        private final DecimatedSeries points = new DecimatedSeries();
        private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

        Curve(String name) {
            series.setName(name);
        }

        XYChart.Series<Number, Number> series() {
            return series;
        }

        void add(double x, double y) {
            points.add(x, y);
        }

        void clear() {
            points.clear();
            series.getData().clear();
        }

        void publish() {
            List<XYChart.Data<Number, Number>> data = points.decimated(StudioViewModel.MAX_CHART_POINTS).stream()
                    .map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList();
            series.getData().setAll(data);
        }
    }
}
