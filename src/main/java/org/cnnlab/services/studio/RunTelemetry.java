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
 * <li>a batch point's accuracy and the weight gradients: at most
 * {@value Studio#MAX_UPDATES_PER_SECOND} times a second and within 5% of the training time, and
 * at every batch while the user paces the run (paused, stepping, or asking for progress);</li>
 * <li>validation accuracy on a fixed sample of {@value TrainingStudio#VALIDATION_SAMPLE} validation
 * images: at most once a second, within 3%;</li>
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
    /** Share of training time the batch accuracy and gradient measurements may take. */
    private static final double BATCH_CHECK_SHARE = 0.05;
    /** Share of training time the by-batch validation sample may take. */
    private static final double VALIDATION_SHARE = 0.03;
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
    private final UpdateThrottle batchCheckThrottle = new UpdateThrottle(SECOND / Studio.MAX_UPDATES_PER_SECOND, BATCH_CHECK_SHARE);
    private final UpdateThrottle validationThrottle = new UpdateThrottle(SECOND, VALIDATION_SHARE);
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
        if (userPaced || batchCheckThrottle.permits(now)) {
            long start = nanoClock.getAsLong();
            accuracy = batch.accuracy();
            host.gradientsMeasured(NetworkPictures.histograms(batch.weightGradients()));
            batchCheckThrottle.recordCost(spent(start));
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
