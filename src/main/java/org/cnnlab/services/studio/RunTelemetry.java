package org.cnnlab.services.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.run.BatchReport;
import org.cnnlab.training.run.EpochReport;
import org.cnnlab.training.run.Evaluation;
import org.cnnlab.training.run.LearnedBatch;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingControl;
import org.cnnlab.training.run.TrainingObserver;

/**
 * One training run as the views see it: it observes the trainer on the model thread, measures
 * within their time budgets, and sends progress, epoch points and network pictures through
 * throttles. The budgets (see {@link TrainingStudio} for the whole policy):
 * <ul>
 * <li>a batch point's accuracy (one inference pass over the batch): at most
 * {@value Studio#MAX_UPDATES_PER_SECOND} times a second and within 8% of the training time, so
 * the accuracy curve has as many points a second as the charts redraw;</li>
 * <li>the weight gradients (a backward pass): at most {@value Studio#MAX_UPDATES_PER_SECOND}
 * times a second and within 5%;</li>
 * <li>both at every batch while the user paces the run (paused, stepping, or asking for progress);</li>
 * <li>validation accuracy on a fixed sample of {@value TrainingStudio#VALIDATION_SAMPLE} validation
 * images: at most {@value #VALIDATIONS_PER_SECOND} times a second, within 5%, so that even a
 * one-epoch demo of a few seconds draws a validation curve;</li>
 * <li>pictures: within 5%; progress reports: at most {@value Studio#MAX_UPDATES_PER_SECOND} a
 * second.</li>
 * </ul>
 * Time left counts the time these measurements have taken so far ({@link TimeLeft}).
 */
final class RunTelemetry implements TrainingObserver {
    /** What the telemetry needs from the studio; every call is made on the model thread. */
    interface Host {
        /** The newest gradient histograms, by spec layer index, for the next pictures. */
        void gradientsMeasured(Map<Integer, Histogram> histograms);

        /** Sends a picture of the network for the probe image. */
        void sendPicture();

        /** Answers the views' waiting requests (probe, drawing). */
        void serveViews();

        /** Passes an event to the listener. */
        void emit(Consumer<StudioListener> event);
    }

    private static final long SECOND = 1_000_000_000L;
    /** Share of training time the batch accuracy measurements may take. */
    private static final double ACCURACY_SHARE = 0.08;
    /** Share of training time the gradient measurements may take. */
    private static final double GRADIENT_SHARE = 0.05;
    /** Share of training time the by-batch validation sample may take. */
    private static final double VALIDATION_SHARE = 0.05;
    /** How often at most the validation sample is measured. */
    static final int VALIDATIONS_PER_SECOND = 4;
    /** Share of training time network pictures may take. */
    private static final double PICTURE_SHARE = 0.05;

    private final TrainingConfig config;
    private final ValidationSplit split;
    private final TrainingControl control;
    private final TrainableNetwork network;
    private final LongSupplier nanoClock;
    private final AtomicBoolean progressRequested;
    private final Host host;
    private final DatasetSubset validationSample;
    private final DatasetSubset trainingSample;
    private final int batchesPerEpoch;
    private final long imagesTotal;
    private final List<BatchPoint> points = new ArrayList<>();
    private final UpdateThrottle progressThrottle = UpdateThrottle.perSecond(Studio.MAX_UPDATES_PER_SECOND);
    private final UpdateThrottle pictureThrottle = new UpdateThrottle(SECOND / Studio.MAX_UPDATES_PER_SECOND, PICTURE_SHARE);
    private final UpdateThrottle accuracyThrottle = new UpdateThrottle(SECOND / Studio.MAX_UPDATES_PER_SECOND, ACCURACY_SHARE);
    private final UpdateThrottle gradientThrottle = new UpdateThrottle(SECOND / Studio.MAX_UPDATES_PER_SECOND, GRADIENT_SHARE);
    private final UpdateThrottle validationThrottle = new UpdateThrottle(SECOND / VALIDATIONS_PER_SECOND, VALIDATION_SHARE);
    private BatchReport last;
    private boolean finished;
    /** Time spent on the views' measurements, which the trainer's throughput leaves out. */
    private long extraNanos;

    /**
     * @param network           the network being trained
     * @param nanoClock         the time in nanoseconds the throttles use
     * @param progressRequested set when the user asks for a progress report (pause, resume); cleared when one is sent
     */
    RunTelemetry(TrainingConfig config, ValidationSplit split, TrainingControl control, TrainableNetwork network,
            LongSupplier nanoClock, AtomicBoolean progressRequested, Host host) {
        this.config = config;
        this.split = split;
        this.control = control;
        this.network = network;
        this.nanoClock = nanoClock;
        this.progressRequested = progressRequested;
        this.host = host;
        this.validationSample = split.validation().limit(TrainingStudio.VALIDATION_SAMPLE);
        this.trainingSample = split.training().limit(TrainingStudio.TRAINING_ACCURACY_SAMPLE);
        this.batchesPerEpoch = (split.training().size() + config.batchSize() - 1) / config.batchSize();
        this.imagesTotal = (long) split.training().size() * config.epochs();
    }

    /** The samples this run learns from and validates on. */
    ValidationSplit split() {
        return split;
    }

    @Override
    public void onBatch(BatchReport report, LearnedBatch batch) {
        long now = nanoClock.getAsLong();
        boolean userPaced = control.isPaused() || progressRequested.get();
        double accuracy = Double.NaN;
        if (userPaced || accuracyThrottle.permits(now)) {
            long start = nanoClock.getAsLong();
            accuracy = batch.accuracy();
            accuracyThrottle.recordCost(spent(start));
        }
        if (userPaced || gradientThrottle.permits(now)) {
            long start = nanoClock.getAsLong();
            host.gradientsMeasured(NetworkPictures.histograms(batch.weightGradients()));
            gradientThrottle.recordCost(spent(start));
        }
        double validationAccuracy = Double.NaN;
        if (validationSample.size() > 0 && validationThrottle.permits(now)) {
            long start = nanoClock.getAsLong();
            validationAccuracy = Evaluation.of(network, validationSample).accuracy();
            validationThrottle.recordCost(spent(start));
        }
        points.add(new BatchPoint((long) report.epoch() * batchesPerEpoch + report.batch() + 1, report.loss(), accuracy,
                validationAccuracy));
        last = report;
        if (userPaced) {
            progressThrottle.force(now);
            sendProgress();
        } else if (progressThrottle.permits(now)) {
            sendProgress();
        }
        if (userPaced) {
            pictureThrottle.force(now);
            sendTimedPicture();
        } else if (pictureThrottle.permits(now)) {
            sendTimedPicture();
        }
        host.serveViews();
    }

    @Override
    public void onEpoch(EpochReport report) {
        long start = nanoClock.getAsLong();
        double trainingAccuracy = Evaluation.of(network, trainingSample).accuracy();
        spent(start);
        sendProgress();
        EpochPoint point = new EpochPoint(report.epoch() + 1, report.trainingLoss(), trainingAccuracy, report.validationLoss(),
                report.validationAccuracy());
        host.emit(l -> l.onEpoch(point));
    }

    /** The run has ended: the last points, phase FINISHED, and the final picture. */
    void finish() {
        finished = true;
        sendProgress();
        host.sendPicture();
    }

    /** Sends the points not yet reported and where the run stands. */
    void sendProgress() {
        progressRequested.set(false);
        TrainingProgress.Phase phase = finished ? TrainingProgress.Phase.FINISHED
                : control.isPaused() ? TrainingProgress.Phase.PAUSED : TrainingProgress.Phase.RUNNING;
        long seen = last == null ? 0 : last.imagesSeen();
        double rate = last == null ? 0 : last.imagesPerSecond();
        double secondsLeft = phase == TrainingProgress.Phase.FINISHED ? 0 : TimeLeft.seconds(seen, imagesTotal, rate, extraNanos / 1e9);
        TrainingProgress progress = new TrainingProgress(phase, last == null ? 0 : last.epoch(), config.epochs(),
                last == null ? 0 : last.batch() + 1, batchesPerEpoch, seen, imagesTotal, rate, secondsLeft, points);
        points.clear();
        host.emit(l -> l.onProgress(progress));
    }

    private void sendTimedPicture() {
        long start = nanoClock.getAsLong();
        host.sendPicture();
        pictureThrottle.recordCost(spent(start));
    }

    /** The time since {@code start}, counted as time the views cost. */
    private long spent(long start) {
        long cost = nanoClock.getAsLong() - start;
        extraNanos += Math.max(0, cost);
        return cost;
    }
}
