package org.cnnlab.services.studio;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.run.ConfusionMatrix;
import org.cnnlab.training.run.Evaluation;
import org.cnnlab.training.run.Predictions;
import org.cnnlab.training.run.Trainer;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingControl;
import org.cnnlab.training.run.TrainingOutcome;
import org.cnnlab.training.run.TrainingSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio on DL4J: the {@link Studio} requests, each checked against the studio's lifecycle and
 * answered on the model thread. Its parts: {@link ModelThread} (the actor that owns the network:
 * one daemon thread, {@code cnnlab-model}, makes every ND4J call), {@link HeldModel} (the network
 * and what is known about it), {@link RunTelemetry} (a run's measurements and throttled reports)
 * and {@link StudioErrors} (what the user reads when something fails). It is longer than 400 lines
 * because it is the one place that answers all thirteen {@link Studio} methods, each with its
 * lifecycle check and its work on the model thread; splitting the requests up would spread the
 * lifecycle lock over several classes. Policies:
 * <ul>
 * <li>Creating, loading, saving, scoring the test set and starting another run are refused while
 * a run is queued or going ("Stop training first").</li>
 * <li>Between batches, and while paused, the thread answers probe changes and drawings; when
 * idle it answers them at once. Both are "latest wins": a drawing request that finds an older one
 * still waiting replaces it, and both futures get the newest reading.</li>
 * <li>While training, progress and network pictures are sent at most
 * {@value Studio#MAX_UPDATES_PER_SECOND} times a second, and always at the end of each epoch,
 * after a pause, resume or single step, and when the run ends (phase FINISHED). Every batch's
 * point is delivered exactly once, in the next progress report. A batch point's accuracy is
 * measured within a time budget (other points carry NaN), on the batch after its update; validation accuracy on
 * {@value #VALIDATION_SAMPLE} validation images at most a few times a second (the budgets are in
 * {@link RunTelemetry}), and on the whole validation
 * set after each epoch; an epoch point's training accuracy on up to
 * {@value #TRAINING_ACCURACY_SAMPLE} training images.</li>
 * <li>Images per second is the trainer's throughput (weight updates only, pauses excluded); time
 * left also counts the time the measurements have taken so far ({@link TimeLeft}).</li>
 * </ul>
 * A failed request fails its future with a {@link StudioException} written for the user and the
 * thread goes on; only an {@link Error} other than running out of memory ends it.
 */
public final class TrainingStudio implements Studio {
    /** Bins of the weight and gradient histograms. */
    public static final int HISTOGRAM_BINS = NetworkPictures.HISTOGRAM_BINS;
    /** Validation images scored for the by-batch validation accuracy. */
    public static final int VALIDATION_SAMPLE = 500;
    /** Training images scored for an epoch's training accuracy. */
    public static final int TRAINING_ACCURACY_SAMPLE = 1_000;
    /** Canvas values above this count as ink. */
    public static final float INK_THRESHOLD = 0.05f;

    private static final Logger LOG = LoggerFactory.getLogger(TrainingStudio.class);
    private static final long CLOSE_WAIT_MILLIS = 2_000;
    private static final StudioListener SILENT = new StudioListener() {
    };

    /** Something the model thread computes for a future. */
    @FunctionalInterface
    private interface ModelTask<T> {
        T run() throws Exception;
    }

    private final DatasetLibrary library;
    private final LongSupplier nanoClock;
    private final DigitPreprocessor preprocessor = new DigitPreprocessor(INK_THRESHOLD);
    /** Guards the start of runs and requests against each other and against closing. */
    private final Object lifecycle = new Object();
    private final AtomicReference<TrainingControl> activeRun = new AtomicReference<>();
    private final AtomicInteger pendingProbe = new AtomicInteger(-1);
    private final AtomicBoolean viewsScheduled = new AtomicBoolean();
    private final AtomicBoolean progressRequested = new AtomicBoolean();
    private final LatestDrawing drawing = new LatestDrawing();
    private final ModelThread modelThread;
    private volatile StudioListener listener = SILENT;

    // Confined to the model thread.
    /** The network and what the studio knows about it; null until one is created or loaded. */
    private HeldModel model;
    private int probeIndex;
    private Map<Integer, Histogram> gradientHistograms = Map.of();
    private RunTelemetry run;

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
        this.modelThread = new ModelThread("cnnlab-model", this::failPendingDrawing);
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
            install(HeldModel.created(name, spec, library.load(dataset, DatasetSplit.TEST), newSeed));
            return pictureAndInfo();
        });
    }

    @Override
    public CompletableFuture<ModelInfo> loadModel(Path file) {
        Objects.requireNonNull(file);
        return submit("loading a model", "The model could not be loaded", () -> {
            LoadedModel loaded = ModelFile.load(file);
            Dataset test = library.load(loaded.metadata().dataset(), DatasetSplit.TEST);
            install(HeldModel.loaded(file.getFileName().toString(), loaded, test));
            return pictureAndInfo();
        });
    }

    @Override
    public CompletableFuture<Void> saveModel(Path file) {
        Objects.requireNonNull(file);
        return submit("saving the model", "The model could not be saved", () -> {
            HeldModel held = requireModel();
            ModelFile.save(file, held.network(), held.metadata(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
            return null;
        });
    }

    @Override
    public CompletableFuture<TrainingOutcome> train(TrainingConfig config) {
        Objects.requireNonNull(config);
        CompletableFuture<TrainingOutcome> future = new CompletableFuture<>();
        TrainingControl control = new TrainingControl();
        synchronized (lifecycle) {
            if (modelThread.isClosed()) {
                future.completeExceptionally(StudioErrors.closed());
            } else if (!activeRun.compareAndSet(null, control)) {
                future.completeExceptionally(StudioErrors.stopTrainingFirst("starting another run"));
            } else if (!modelThread.post(() -> runTraining(config, control, future), failure -> {
                activeRun.compareAndSet(control, null);
                future.completeExceptionally(failure);
            })) {
                activeRun.compareAndSet(control, null);
                future.completeExceptionally(StudioErrors.closed());
            }
        }
        return future;
    }

    @Override
    public void pause() {
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.pause();
            progressRequested.set(true);
            control.wake();
        }
    }

    @Override
    public void resume() {
        TrainingControl control = activeRun.get();
        if (control != null) {
            progressRequested.set(true);
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
            if (modelThread.isClosed()) {
                future.completeExceptionally(StudioErrors.closed());
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
            HeldModel held = requireModel();
            Predictions predictions = Predictions.of(held.network(), DatasetSubset.all(held.testSet()));
            ConfusionMatrix matrix = new ConfusionMatrix(held.dataset().classCount(), predictions);
            Evaluation evaluation = Evaluation.of(predictions);
            held.tested(evaluation.accuracy());
            return new TestReport(matrix, matrix.mostConfidentMistakes(TestReport.MISTAKES), evaluation.accuracy(), evaluation.meanLoss());
        });
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (!modelThread.shutDown()) {
                return;
            }
        }
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.stop();
        }
        if (!modelThread.awaitEnd(CLOSE_WAIT_MILLIS)) {
            LOG.warn("The model thread is still busy {} ms after close; it ends after its current step.", CLOSE_WAIT_MILLIS);
        }
        failPendingDrawing();
    }

    // ---- on the model thread ----

    private <T> CompletableFuture<T> submit(String activity, String failure, ModelTask<T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        synchronized (lifecycle) {
            if (modelThread.isClosed()) {
                future.completeExceptionally(StudioErrors.closed());
            } else if (activeRun.get() != null) {
                future.completeExceptionally(StudioErrors.stopTrainingFirst(activity));
            } else if (!modelThread.post(() -> answer(future, failure, task), future::completeExceptionally)) {
                future.completeExceptionally(StudioErrors.closed());
            }
        }
        return future;
    }

    /** Completes {@code future} with what {@code task} computes, or with the failure for the user (see {@link StudioErrors}). */
    private static <T> void answer(CompletableFuture<T> future, String failure, ModelTask<T> task) {
        try {
            future.complete(task.run());
        } catch (Exception e) {
            future.completeExceptionally(StudioErrors.forUser(failure, e));
        } catch (OutOfMemoryError e) {
            future.completeExceptionally(StudioErrors.outOfMemory(failure, e));
        } catch (Error e) {
            future.completeExceptionally(StudioErrors.fatal(failure, e));
            throw e;
        }
    }

    private void runTraining(TrainingConfig config, TrainingControl control, CompletableFuture<TrainingOutcome> future) {
        String failure = "Training could not run";
        TrainingOutcome outcome;
        RunTelemetry started;
        try {
            HeldModel held = requireModel();
            started = startRun(held, config, control);
            run = started;
            control.setPauseWork(this::serveViews);
            outcome = new Trainer().train(held.network(), started.split(), config, started, control);
            held.trained(outcome);
        } catch (Exception e) {
            future.completeExceptionally(StudioErrors.forUser(failure, e));
            return;
        } catch (OutOfMemoryError e) {
            future.completeExceptionally(StudioErrors.outOfMemory(failure, e));
            return;
        } catch (Error e) {
            future.completeExceptionally(StudioErrors.fatal(failure, e));
            throw e;
        } finally {
            run = null;
            activeRun.compareAndSet(control, null);
        }
        started.finish();
        emit(l -> l.onFinished(outcome));
        future.complete(outcome);
    }

    private RunTelemetry startRun(HeldModel held, TrainingConfig config, TrainingControl control)
            throws DatasetException, ModelSpecException {
        ValidationSplit split;
        try {
            split = TrainingSamples.of(library.load(held.dataset(), DatasetSplit.TRAIN), config);
        } catch (IllegalArgumentException noImagesLeft) {
            throw new StudioException(noImagesLeft.getMessage(), noImagesLeft);
        }
        held.prepareRun(config);
        return new RunTelemetry(config, split, control, held.network(), nanoClock, progressRequested, new RunHost());
    }

    private void install(HeldModel installed) {
        model = installed;
        gradientHistograms = Map.of();
        if (probeIndex >= installed.testSet().size()) {
            probeIndex = 0;
        }
    }

    private ModelInfo pictureAndInfo() {
        sendPicture();
        return model.info();
    }

    private HeldModel requireModel() {
        if (model == null) {
            throw new StudioException("There is no model yet: create one from the zoo or load a saved one.");
        }
        return model;
    }

    /** Answers the newest probe change and drawing, and a progress report the user asked for. */
    private void serveViews() {
        RunTelemetry active = run;
        if (active != null && progressRequested.get()) {
            active.sendProgress();
        }
        int probe = pendingProbe.getAndSet(-1);
        if (probe >= 0) {
            if (model != null && probe >= model.testSet().size()) {
                LOG.warn("Test image {} does not exist ({} has {}); the probe stays at {}.", probe, model.dataset().displayName(),
                        model.testSet().size(), probeIndex);
            } else {
                probeIndex = probe;
                if (model != null) {
                    sendPicture();
                }
            }
        }
        LatestDrawing.Request request = drawing.take();
        if (request != null) {
            String failure = "The drawing could not be read";
            try {
                request.answer(read(request));
            } catch (RuntimeException e) {
                request.fail(StudioErrors.forUser(failure, e));
            } catch (OutOfMemoryError e) {
                request.fail(StudioErrors.outOfMemory(failure, e));
            } catch (Error e) {
                request.fail(StudioErrors.fatal(failure, e));
                throw e;
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
        List<LayerOutput> layers = requireModel().network().activations(input);
        return new DrawingReading(input, false, layers.get(layers.size() - 1).values(), layers);
    }

    private void scheduleViews() {
        if (viewsScheduled.compareAndSet(false, true) && !modelThread.post(() -> {
            viewsScheduled.set(false);
            serveViews();
        }, closed -> viewsScheduled.set(false))) {
            viewsScheduled.set(false);
        }
        TrainingControl control = activeRun.get();
        if (control != null) {
            control.wake();
        }
    }

    private void sendPicture() {
        try {
            NetworkPicture picture = NetworkPictures.of(model.network(), model.testSet(), probeIndex, gradientHistograms);
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
            request.fail(StudioErrors.closed());
        }
    }

    /** The studio as the running run's telemetry sees it. */
    private final class RunHost implements RunTelemetry.Host {
        @Override
        public void gradientsMeasured(Map<Integer, Histogram> histograms) {
            gradientHistograms = histograms;
        }

        @Override
        public void sendPicture() {
            TrainingStudio.this.sendPicture();
        }

        @Override
        public void serveViews() {
            TrainingStudio.this.serveViews();
        }

        @Override
        public void emit(Consumer<StudioListener> event) {
            TrainingStudio.this.emit(event);
        }
    }
}
