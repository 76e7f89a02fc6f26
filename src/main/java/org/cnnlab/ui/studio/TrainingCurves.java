package org.cnnlab.ui.studio;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.services.studio.BatchPoint;
import org.cnnlab.services.studio.EpochPoint;

/**
 * The lines of the training charts, Keras's {@code history} drawn live: loss and accuracy (in %)
 * for training and validation, by batch and by epoch. Every point is kept; each line shows at most
 * {@value #MAX_CHART_POINTS} of them ({@link DecimatedSeries}) as a plain observable list of
 * {@link ChartPoint}s, refreshed by {@link #publish()} once per frame. An epoch's validation
 * accuracy, measured on the whole validation set, also ends that epoch's stretch of the by-batch
 * validation line, so a run shorter than the sampling interval still has its last point. Used on
 * the FX thread only.
 */
public final class TrainingCurves {
    /** Most points drawn per line. */
    public static final int MAX_CHART_POINTS = 500;

    private final Curve batchLoss = new Curve("training");
    private final Curve batchAccuracy = new Curve("training");
    private final Curve batchValidationAccuracy = new Curve("validation");
    private final Curve epochLoss = new Curve("training");
    private final Curve epochValidationLoss = new Curve("validation");
    private final Curve epochAccuracy = new Curve("training");
    private final Curve epochValidationAccuracy = new Curve("validation");
    private final List<Curve> batchCurves = List.of(batchLoss, batchAccuracy, batchValidationAccuracy);
    private final List<Curve> epochCurves = List.of(epochLoss, epochValidationLoss, epochAccuracy, epochValidationAccuracy);
    private long lastStep;
    private boolean batchesChanged;
    private boolean epochsChanged;

    /** Training loss by batch step. */
    public Curve batchLoss() {
        return batchLoss;
    }

    /** Training accuracy (%) by batch step, where it was measured. */
    public Curve batchAccuracy() {
        return batchAccuracy;
    }

    /** Validation accuracy (%) on a sample of the validation set, and on all of it at the end of each epoch. */
    public Curve batchValidationAccuracy() {
        return batchValidationAccuracy;
    }

    public Curve epochLoss() {
        return epochLoss;
    }

    public Curve epochValidationLoss() {
        return epochValidationLoss;
    }

    /** Training accuracy (%) by epoch. */
    public Curve epochAccuracy() {
        return epochAccuracy;
    }

    /** Validation accuracy (%) by epoch. */
    public Curve epochValidationAccuracy() {
        return epochValidationAccuracy;
    }

    void add(BatchPoint point) {
        batchLoss.add(point.step(), point.loss());
        batchAccuracy.add(point.step(), point.accuracy() * 100);
        batchValidationAccuracy.add(point.step(), point.validationAccuracy() * 100);
        lastStep = Math.max(lastStep, point.step());
        batchesChanged = true;
    }

    void add(EpochPoint epoch) {
        epochLoss.add(epoch.epoch(), epoch.loss());
        epochValidationLoss.add(epoch.epoch(), epoch.validationLoss());
        epochAccuracy.add(epoch.epoch(), epoch.accuracy() * 100);
        epochValidationAccuracy.add(epoch.epoch(), epoch.validationAccuracy() * 100);
        if (lastStep > 0 && batchValidationAccuracy.lastStep() < lastStep) {
            batchValidationAccuracy.add(lastStep, epoch.validationAccuracy() * 100);
            batchesChanged = true;
        }
        epochsChanged = true;
    }

    /** Redraws the lines that received points since the last call. */
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
        lastStep = 0;
        batchesChanged = false;
        epochsChanged = false;
    }

    /** One chart line: every point kept, a decimated copy shown. */
    public static final class Curve {
        private final String name;
        private final DecimatedSeries points = new DecimatedSeries();
        private final ObservableList<ChartPoint> shown = FXCollections.observableArrayList();
        private final ObservableList<ChartPoint> shownView = FXCollections.unmodifiableObservableList(shown);
        private double lastX = Double.NEGATIVE_INFINITY;

        Curve(String name) {
            this.name = name;
        }

        /** The line's name in the chart legend: training or validation. */
        public String name() {
            return name;
        }

        /** The points drawn, at most {@value TrainingCurves#MAX_CHART_POINTS}, replaced as a whole once per frame. */
        public ObservableList<ChartPoint> points() {
            return shownView;
        }

        void add(double x, double y) {
            if (Double.isFinite(y)) {
                points.add(x, y);
                lastX = x;
            }
        }

        double lastStep() {
            return lastX;
        }

        void clear() {
            points.clear();
            lastX = Double.NEGATIVE_INFINITY;
            shown.clear();
        }

        void publish() {
            shown.setAll(points.decimated(MAX_CHART_POINTS));
        }
    }
}
