package org.cnnlab.services.studio;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.data.DigitPreprocessor;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.dl4j.LoadedModel;
import org.cnnlab.training.dl4j.ModelFile;
import org.cnnlab.training.dl4j.ModelFileException;
import org.cnnlab.training.dl4j.ModelMetadata;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelSummary;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.BatchReport;
import org.cnnlab.training.run.ConfusionMatrix;
import org.cnnlab.training.run.EpochReport;
import org.cnnlab.training.run.Evaluation;
import org.cnnlab.training.run.LearnedBatch;
import org.cnnlab.training.run.Predictions;
import org.cnnlab.training.run.Trainer;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingControl;
import org.cnnlab.training.run.TrainingObserver;
import org.cnnlab.training.run.TrainingOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio on DL4J. One daemon thread, {@code cnnlab-model}, owns the network and makes every
 * ND4J call; public methods only queue work for it. Policies:
 * <ul>
 * <li>Creating, loading, saving, scoring the test set and starting another run are refused while
 * a run is queued or going ("Stop training first").</li>
 * <li>Between batches, and while paused, the thread answers probe changes and drawings; when
 * idle it answers them at once. Both are "latest wins": a drawing request that finds an older one
 * still waiting replaces it, and both futures get the newest reading.</li>
 * <li>While training, progress and network pictures are sent at most
 * {@value Studio#MAX_UPDATES_PER_SECOND} times a second, and always at the end of each epoch,
 * after a pause, resume or single step, and when the run ends (phase FINISHED). Every batch's
 * point is delivered exactly once, in the next progress report.</li>
 * <li>A batch point's accuracy is the batch's accuracy after its update, measured together with
 * the weight gradients for the histograms, at most 8 times a second and within 5% of the
 * training time; other points carry NaN. Validation accuracy on a fixed sample of
 * {@value #VALIDATION_SAMPLE} validation images is measured at most once a second (within 3%);
 * each epoch ends with the whole validation set. Pictures take at most 5% of the time. An
 * epoch point's training accuracy is measured on up to {@value #TRAINING_ACCURACY_SAMPLE}
 * training images after the epoch.</li>
 * <li>Images per second is the trainer's throughput (weight updates only, pauses excluded); time
 * left also counts the time the measurements above have taken so far ({@link TimeLeft}).</li>
 * <li>Training with another optimiser or learning rate than the network holds continues from
 * its weights with fresh optimiser state.</li>
 * </ul>
 * Failures never end the thread: futures fail with a {@link StudioException} written for the
 * user, and the cause is logged.
 */
public final class TrainingStudio implements Studio {
    /** Bins of the weight and gradient histograms. */
    public static final int HISTOGRAM_BINS = NetworkPictures.HISTOGRAM_BINS;
    /** Validation images scored for the by-batch validation accuracy. */
    public static final int VALIDATION_SAMPLE = 500;
    /** Training images scored for an epoch's training accuracy. */
    public static final int TRAINING_ACCURACY_SAMPLE = 1_000;
    /** How many confident mistakes a test report lists. */
    public static final int MISTAKES = 20;
    /** Canvas values above this count as ink. */
    public static final float INK_THRESHOLD = 0.05f;

    private static final Logger LOG = LoggerFactory.getLogger(TrainingStudio.class);
    private static final long SECOND = 1_000_000_000L;
    /** Share of training time the batch accuracy and gradient measurements may take. */
    private static final double BATCH_CHECK_SHARE = 0.05;
    /** Share of training time the by-batch validation sample may take. */
    private static final double VALIDATION_SHARE = 0.03;
    /** Share of training time network pictures may take. */
    private static final double PICTURE_SHARE = 0.05;
    private static final long CLOSE_WAIT_MILLIS = 2_000;
    private static final StudioListener SILENT = new StudioListener() {
    };

    /** Work for the model thread, and how to fail it if it never runs. */
    private record Job(Runnable work, Consumer<StudioException> reject) {
    }

    /** Something the model thread computes for a future. */
    @FunctionalInterface
    private interface ModelTask<T> {
        T run() throws Exception;
    }

    private static final Job SHUTDOWN = new Job(() -> {
    }, e -> {
    });

    private final DatasetLibrary library;
    private final LongSupplier nanoClock;
    private final DigitPreprocessor preprocessor = new DigitPreprocessor(INK_THRESHOLD);
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Object lifecycle = new Object();
    private final AtomicReference<TrainingControl> activeRun = new AtomicReference<>();
    private final AtomicInteger pendingProbe = new AtomicInteger(-1);
    private final AtomicBoolean viewsScheduled = new AtomicBoolean();
    private final LatestDrawing drawing = new LatestDrawing();
    private final Thread modelThread;
    private volatile StudioListener listener = SILENT;
    private volatile boolean closed;
    private volatile boolean progressRequested;

    // Confined to the model thread.
    private String modelName;
    private TrainableNetwork network;
    private DatasetId datasetId;
    private Dataset testSet;
    private int epochsTrained;
    private double testAccuracy = Double.NaN;
    private OptimizerKind optimizer;
    private double learningRate;
    private int batchSize;
    private long seed;
    private int probeIndex;
    private Map<Integer, Histogram> gradientHistograms = Map.of();
    private Run run;

    /** A studio reading the datasets from {@code library}, timing throttles with {@link System#nanoTime}. */
    public TrainingStudio(DatasetLibrary library) {
        this(library, System::nanoTime);
    }

    /**
     * A studio reading the datasets from {@code library}.
     *
     * @param nanoClock the time in nanoseconds used for throttling (tests pass a fake one)
     */
    public TrainingStudio(DatasetLibrary library, LongSupplier nanoClock) {
        this.library = Objects.requireNonNull(library);
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.modelThread = new Thread(this::serveJobs, "cnnlab-model");
        modelThread.setDaemon(true);
        modelThread.start();
    }

    @Override
    public void setListener(StudioListener newListener) {
        listener = newListener == null ? SILENT : newListener;
    }

    @Override
    public CompletableFuture<ModelInfo> createModel(String name, ModelSpec spec, DatasetId dataset, long newSeed) {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(dataset);
        return submit("creating a model", "The model could not be created", () -> {
            Dataset test = library.load(dataset, DatasetSplit.TEST);
            requireFits(spec, test);
            OptimizerKind defaultOptimizer = TrainingConfig.defaults().optimizer();
            TrainableNetwork created = TrainableNetwork.create(spec, defaultOptimizer, defaultOptimizer.defaultLearningRate(), newSeed);
            install(name, created, test, 0, Double.NaN);
            optimizer = defaultOptimizer;
            learningRate = defaultOptimizer.defaultLearningRate();
            batchSize = TrainingConfig.defaults().batchSize();
            seed = newSeed;
            return pictureAndInfo();
        });
    }

    @Override
    public CompletableFuture<ModelInfo> loadModel(Path file) {
        Objects.requireNonNull(file);
        return submit("loading a model", "The model could not be loaded", () -> {
            LoadedModel loaded = ModelFile.load(file);
            ModelMetadata metadata = loaded.metadata();
            Dataset test = library.load(metadata.dataset(), DatasetSplit.TEST);
            requireFits(loaded.network().spec(), test);
            install(file.getFileName().toString(), loaded.network(), test, metadata.epochs(), metadata.testAccuracy());
            optimizer = metadata.optimizer();
            learningRate = metadata.learningRate();
            batchSize = metadata.batchSize();
            seed = metadata.seed();
            return pictureAndInfo();
        });
    }

    @Override
    public CompletableFuture<Void> saveModel(Path file) {
        Objects.requireNonNull(file);
        return submit("saving the model", "The model could not be saved", () -> {
            requireModel();
            ModelFile.save(file, network, new ModelMetadata(datasetId, datasetId.classNames(), optimizer, learningRate, batchSize,
                    epochsTrained, seed, testAccuracy, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
            return null;
        });
    }

    @Override
    public CompletableFuture<TrainingOutcome> train(TrainingConfig config) {
        Objects.requireNonNull(config);
        CompletableFuture<TrainingOutcome> future = new CompletableFuture<>();
        TrainingControl control = new TrainingControl();
        synchronized (lifecycle) {
            if (closed) {
                future.completeExceptionally(closedException());
            } else if (!activeRun.compareAndSet(null, control)) {
                future.completeExceptionally(stopTrainingFirst("starting another run"));
            } else {
                jobs.add(new Job(() -> runTraining(config, control, future), failure -> {
                    activeRun.compareAndSet(control, null);
                    future.completeExceptionally(failure);
                }));
            }
        }
        return future;
    }

    @Override
    public void pause() {
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.pause();
            progressRequested = true;
            control.wake();
        }
    }

    @Override
    public void resume() {
        TrainingControl control = activeRun.get();
        if (control != null) {
            progressRequested = true;
            control.resume();
        }
    }

    @Override
    public void step() {
        TrainingControl control = activeRun.get();
        if (control != null && control.isPaused()) {
            control.step();
        }
    }

    @Override
    public void stop() {
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.stop();
        }
    }

    @Override
    public void probeTestImage(int testIndex) {
        if (testIndex < 0) {
            throw new IllegalArgumentException("a test image index cannot be negative: " + testIndex);
        }
        pendingProbe.set(testIndex);
        scheduleViews();
    }

    @Override
    public CompletableFuture<DrawingReading> readDrawing(float[] canvas, int width, int height) {
        CompletableFuture<DrawingReading> future = new CompletableFuture<>();
        synchronized (lifecycle) {
            if (closed) {
                future.completeExceptionally(closedException());
                return future;
            }
            drawing.offer(canvas, width, height, future);
        }
        scheduleViews();
        return future;
    }

    @Override
    public CompletableFuture<TestReport> evaluateTestSet() {
        return submit("scoring the test set", "The test set could not be scored", () -> {
            requireModel();
            Predictions predictions = Predictions.of(network, DatasetSubset.all(testSet));
            ConfusionMatrix matrix = new ConfusionMatrix(datasetId.classCount(), predictions);
            Evaluation evaluation = Evaluation.of(predictions);
            testAccuracy = evaluation.accuracy();
            return new TestReport(matrix, matrix.mostConfidentMistakes(MISTAKES), evaluation.accuracy(), evaluation.meanLoss());
        });
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            jobs.add(SHUTDOWN);
        }
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.stop();
        }
        try {
            modelThread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (modelThread.isAlive()) {
            LOG.warn("The model thread is still busy {} ms after close; it ends after its current step.", CLOSE_WAIT_MILLIS);
        }
        failPendingDrawing();
    }

    // ---- the model thread ----

    private void serveJobs() {
        try {
            while (true) {
                Job job = jobs.take();
                if (job == SHUTDOWN) {
                    break;
                }
                if (closed) {
                    job.reject().accept(closedException());
                    continue;
                }
                try {
                    job.work().run();
                } catch (RuntimeException e) {
                    LOG.error("A studio request failed on the model thread", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            List<Job> left = new ArrayList<>();
            jobs.drainTo(left);
            left.forEach(job -> job.reject().accept(closedException()));
            failPendingDrawing();
            LOG.debug("The model thread ended.");
        }
    }

    private <T> CompletableFuture<T> submit(String activity, String failure, ModelTask<T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        synchronized (lifecycle) {
            if (closed) {
                future.completeExceptionally(closedException());
            } else if (activeRun.get() != null) {
                future.completeExceptionally(stopTrainingFirst(activity));
            } else {
                jobs.add(new Job(() -> {
                    try {
                        future.complete(task.run());
                    } catch (Throwable e) {
                        future.completeExceptionally(studioException(failure, e));
                    }
                }, future::completeExceptionally));
            }
        }
        return future;
    }

    private void runTraining(TrainingConfig config, TrainingControl control, CompletableFuture<TrainingOutcome> future) {
        TrainingOutcome outcome = null;
        Throwable failure = null;
        Run started = null;
        try {
            requireModel();
            started = startRun(config, control);
            run = started;
            control.setPauseWork(this::serveViews);
            outcome = new Trainer().train(network, started.split, config, started, control);
            epochsTrained += outcome.epochsCompleted();
            if (outcome.imagesSeen() > 0) {
                testAccuracy = Double.NaN;
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            run = null;
            activeRun.compareAndSet(control, null);
        }
        if (outcome == null) {
            future.completeExceptionally(studioException("Training could not run", failure));
            return;
        }
        started.finish();
        TrainingOutcome ended = outcome;
        emit(l -> l.onFinished(ended));
        future.complete(outcome);
    }

    private Run startRun(TrainingConfig config, TrainingControl control) throws DatasetException, ModelSpecException {
        Dataset trainSet = library.load(datasetId, DatasetSplit.TRAIN);
        DatasetSubset samples = DatasetSubset.all(trainSet);
        if (config.limit() > 0) {
            samples = samples.limit(config.limit());
        }
        ValidationSplit split = ValidationSplit.of(samples, config.validationFraction(), config.seed());
        if (split.training().size() == 0) {
            throw new StudioException("No training images are left after holding out " + Math.round(config.validationFraction() * 100)
                    + "% of " + samples.size() + " for validation: use more images or a smaller validation split.");
        }
        if (config.optimizer() != optimizer || config.learningRate() != learningRate) {
            network = network.withOptimizer(config.optimizer(), config.learningRate(), config.seed());
            optimizer = config.optimizer();
            learningRate = config.learningRate();
        }
        batchSize = config.batchSize();
        seed = config.seed();
        return new Run(config, split, control);
    }

    private void install(String name, TrainableNetwork installed, Dataset test, int epochs, double accuracy) {
        modelName = name;
        network = installed;
        datasetId = test.id();
        testSet = test;
        epochsTrained = epochs;
        testAccuracy = accuracy;
        gradientHistograms = Map.of();
        if (probeIndex >= test.size()) {
            probeIndex = 0;
        }
    }

    private ModelInfo pictureAndInfo() {
        sendPicture();
        return new ModelInfo(modelName, ModelSummary.of(network.spec()), datasetId, epochsTrained, testAccuracy);
    }

    private static void requireFits(ModelSpec spec, Dataset data) {
        if (spec.input().elementCount() != data.pixelsPerImage() || spec.input().channels() != 1) {
            throw new StudioException("The model " + spec.name() + " takes " + spec.input().text() + " inputs, but "
                    + data.id().displayName() + " images are " + data.rows() + "x" + data.columns() + " grayscale.");
        }
        if (spec.output().channels() != data.id().classCount()) {
            throw new StudioException("The model " + spec.name() + " has " + spec.output().channels() + " outputs, but "
                    + data.id().displayName() + " has " + data.id().classCount() + " classes.");
        }
    }

    private void requireModel() {
        if (network == null) {
            throw new StudioException("There is no model yet: create one from the zoo or load a saved one.");
        }
    }

    /** Answers the newest probe change and drawing, and a progress report the user asked for. */
    private void serveViews() {
        Run active = run;
        if (active != null && progressRequested) {
            active.sendProgress();
        }
        int probe = pendingProbe.getAndSet(-1);
        if (probe >= 0) {
            if (testSet != null && probe >= testSet.size()) {
                LOG.warn("Test image {} does not exist ({} has {}); the probe stays at {}.", probe, datasetId.displayName(),
                        testSet.size(), probeIndex);
            } else {
                probeIndex = probe;
                if (network != null) {
                    sendPicture();
                }
            }
        }
        LatestDrawing.Request request = drawing.take();
        if (request != null) {
            try {
                request.answer(read(request));
            } catch (Throwable e) {
                request.fail(studioException("The drawing could not be read", e));
            }
        }
    }

    private DrawingReading read(LatestDrawing.Request request) {
        float[] input = preprocessor.preprocess(request.canvas(), request.width(), request.height());
        boolean empty = true;
        for (float value : input) {
            if (value != 0) {
                empty = false;
                break;
            }
        }
        if (empty) {
            return new DrawingReading(input, true, new float[0], List.of());
        }
        requireModel();
        List<LayerOutput> layers = network.activations(input);
        return new DrawingReading(input, false, layers.get(layers.size() - 1).values(), layers);
    }

    private void scheduleViews() {
        synchronized (lifecycle) {
            if (!closed && viewsScheduled.compareAndSet(false, true)) {
                jobs.add(new Job(() -> {
                    viewsScheduled.set(false);
                    serveViews();
                }, e -> {
                }));
            }
        }
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.wake();
        }
    }

    private void sendPicture() {
        try {
            NetworkPicture picture = NetworkPictures.of(network, testSet, probeIndex, gradientHistograms);
            emit(l -> l.onNetwork(picture));
        } catch (RuntimeException e) {
            LOG.error("The network picture could not be made", e);
        }
    }

    private void emit(Consumer<StudioListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.error("The studio listener failed", e);
        }
    }

    private void failPendingDrawing() {
        LatestDrawing.Request request = drawing.take();
        if (request != null) {
            request.fail(closedException());
        }
    }

    private static StudioException closedException() {
        return new StudioException("The training studio has been closed.");
    }

    private static StudioException stopTrainingFirst(String activity) {
        return new StudioException("Stop training first: " + activity + " is not possible while the network is learning.");
    }

    private static StudioException studioException(String failure, Throwable e) {
        if (e instanceof StudioException studio) {
            LOG.warn("{}", studio.getMessage());
            return studio;
        }
        if (e instanceof ModelFileException || e instanceof DatasetException || e instanceof ModelSpecException
                || e instanceof IllegalArgumentException) {
            LOG.warn("{}: {}", failure, e.getMessage());
            return new StudioException(e.getMessage(), e);
        }
        LOG.error(failure, e);
        return new StudioException(failure + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + ". The details are in the log.", e);
    }

    /** One training run as the views see it: throttles, the points not yet reported, the latest batch. */
    private final class Run implements TrainingObserver {
        final ValidationSplit split;
        private final TrainingConfig config;
        private final TrainingControl control;
        private final DatasetSubset validationSample;
        private final DatasetSubset trainingSample;
        private final int batchesPerEpoch;
        private final long imagesTotal;
        private final List<BatchPoint> points = new ArrayList<>();
        private final UpdateThrottle progressThrottle = UpdateThrottle.perSecond(MAX_UPDATES_PER_SECOND);
        private final UpdateThrottle pictureThrottle = new UpdateThrottle(SECOND / MAX_UPDATES_PER_SECOND, PICTURE_SHARE);
        private final UpdateThrottle batchCheckThrottle = new UpdateThrottle(SECOND / MAX_UPDATES_PER_SECOND, BATCH_CHECK_SHARE);
        private final UpdateThrottle validationThrottle = new UpdateThrottle(SECOND, VALIDATION_SHARE);
        private BatchReport last;
        private boolean finished;
        /** Time spent on the views' measurements, which the trainer's throughput leaves out. */
        private long extraNanos;

        Run(TrainingConfig config, ValidationSplit split, TrainingControl control) {
            this.config = config;
            this.split = split;
            this.control = control;
            this.validationSample = split.validation().limit(VALIDATION_SAMPLE);
            this.trainingSample = split.training().limit(TRAINING_ACCURACY_SAMPLE);
            this.batchesPerEpoch = (split.training().size() + config.batchSize() - 1) / config.batchSize();
            this.imagesTotal = (long) split.training().size() * config.epochs();
        }

        @Override
        public void onBatch(BatchReport report, LearnedBatch batch) {
            long now = nanoClock.getAsLong();
            boolean userPaced = control.isPaused() || progressRequested;
            double accuracy = Double.NaN;
            if (userPaced || batchCheckThrottle.permits(now)) {
                long start = nanoClock.getAsLong();
                accuracy = batch.accuracy();
                gradientHistograms = NetworkPictures.histograms(batch.weightGradients());
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
            serveViews();
        }

        @Override
        public void onEpoch(EpochReport report) {
            long start = nanoClock.getAsLong();
            double trainingAccuracy = Evaluation.of(network, trainingSample).accuracy();
            spent(start);
            sendProgress();
            EpochPoint point = new EpochPoint(report.epoch() + 1, report.trainingLoss(), trainingAccuracy, report.validationLoss(),
                    report.validationAccuracy());
            emit(l -> l.onEpoch(point));
        }

        /** The run has ended: the last points, phase FINISHED, and the final picture. */
        void finish() {
            finished = true;
            sendProgress();
            sendPicture();
        }

        private void sendTimedPicture() {
            long start = nanoClock.getAsLong();
            sendPicture();
            pictureThrottle.recordCost(spent(start));
        }

        /** The time since {@code start}, counted as time the views cost. */
        private long spent(long start) {
            long cost = nanoClock.getAsLong() - start;
            extraNanos += Math.max(0, cost);
            return cost;
        }

        void sendProgress() {
            progressRequested = false;
            TrainingProgress.Phase phase = finished ? TrainingProgress.Phase.FINISHED
                    : control.isPaused() ? TrainingProgress.Phase.PAUSED : TrainingProgress.Phase.RUNNING;
            long seen = last == null ? 0 : last.imagesSeen();
            double rate = last == null ? 0 : last.imagesPerSecond();
            double secondsLeft = phase == TrainingProgress.Phase.FINISHED ? 0 : TimeLeft.seconds(seen, imagesTotal, rate, extraNanos / 1e9);
            TrainingProgress progress = new TrainingProgress(phase, last == null ? 0 : last.epoch(), config.epochs(),
                    last == null ? 0 : last.batch() + 1, batchesPerEpoch, seen, imagesTotal, rate, secondsLeft, points);
            points.clear();
            emit(l -> l.onProgress(progress));
        }
    }
}
