package org.cnnlab.ui.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.cnnlab.services.studio.EpochPoint;
import org.cnnlab.services.studio.ModelInfo;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.services.studio.Studio;
import org.cnnlab.services.studio.StudioException;
import org.cnnlab.services.studio.StudioListener;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.services.studio.TrainingProgress;
import org.cnnlab.training.Dataset;
import org.cnnlab.training.DatasetId;
import org.cnnlab.training.DatasetLibrary;
import org.cnnlab.training.LearningRateSchedule;
import org.cnnlab.training.ModelZoo;
import org.cnnlab.training.OptimizerKind;
import org.cnnlab.training.TrainingConfig;
import org.cnnlab.training.TrainingOutcome;
import org.cnnlab.training.ValidationSplit;
import org.cnnlab.training.ModelSpec;
import org.cnnlab.training.ZooModel;
import org.cnnlab.ui.ErrorReporter;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.cnnlab.ui.tasks.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training studio's state and commands, without any node: the chosen model, dataset and
 * training settings; the commands (new model, train, pause, resume, step, stop, save, load,
 * evaluate) and when each is allowed; and what the studio reports, moved to the FX thread: the
 * progress bar and its status line, the loss and accuracy curves, the network's picture for the
 * probe test image and the test-set report.
 *
 * <p>The studio's events arrive on its model thread. They are queued and handed to the FX thread
 * in one batch per frame ({@link #drain}): every batch point is kept (curves need them all) but only
 * the newest network picture is shown, so a slow frame never builds a backlog. Curves are thinned to
 * at most {@value #MAX_CHART_POINTS} points per series ({@link DecimatedSeries}).
 *
 * <p>A failed request never throws: its message goes to {@link #messageProperty()} and the details to
 * the log, as {@link ErrorReporter} does for the whole app. A {@link StudioException}'s message is
 * already written for the user and is shown as it is; other causes follow what was being done.
 */
public final class StudioViewModel implements AutoCloseable {
    /** Most points drawn per chart series. */
    public static final int MAX_CHART_POINTS = 500;
    /** The largest test-image index (both test sets hold 10,000 images). */
    public static final int LAST_TEST_INDEX = 9_999;
    /** Thumbnails shown at most for one confusion-matrix cell. */
    public static final int MAX_CELL_THUMBNAILS = 200;
    /** Confident mistakes shown. */
    public static final int MISTAKES_SHOWN = 24;

    private static final Logger LOG = LoggerFactory.getLogger(StudioViewModel.class);

    private final Studio studio;
    private final TaskExecutor tasks;
    private final TestSetImages testSetImages;

    private final ObjectProperty<ZooModel> model = new SimpleObjectProperty<>(this, "model",
            ModelZoo.byName("lenet5").orElse(ModelZoo.all().get(0)));
    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST);
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate",
            OptimizerKind.ADAM.defaultLearningRate());
    private final ObjectProperty<LearningRateSchedule> schedule = new SimpleObjectProperty<>(this, "schedule",
            LearningRateSchedule.CONSTANT);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 64);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 1);
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(this, "validationFraction",
            ValidationSplit.DEFAULT_FRACTION);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", TrainingConfig.DEFAULT_SEED);
    private final IntegerProperty imageLimit = new SimpleIntegerProperty(this, "imageLimit", 0);
    private final IntegerProperty probeIndex = new SimpleIntegerProperty(this, "probeIndex", 0);

    private final ReadOnlyObjectWrapper<StudioState> state = new ReadOnlyObjectWrapper<>(this, "state", StudioState.IDLE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(this, "stopping", false);
    private final ReadOnlyObjectWrapper<ModelInfo> modelInfo = new ReadOnlyObjectWrapper<>(this, "modelInfo");
    private final ObservableList<PretrainedChoice> pretrained = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText",
            "No network yet: press New model, or Train to create one and start.");
    private final ReadOnlyStringWrapper choiceHint = new ReadOnlyStringWrapper(this, "choiceHint", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready.");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyObjectWrapper<NetworkPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<TestReport> testReport = new ReadOnlyObjectWrapper<>(this, "testReport");
    private final ReadOnlyObjectWrapper<DatasetId> testReportDataset = new ReadOnlyObjectWrapper<>(this, "testReportDataset");
    private final ReadOnlyObjectWrapper<Dataset> testImages = new ReadOnlyObjectWrapper<>(this, "testImages");
    private final ReadOnlyObjectWrapper<ConfusionCell> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<Integer> cellSamples = FXCollections.observableArrayList();
    private final ObservableList<Integer> cellSamplesView = FXCollections.unmodifiableObservableList(cellSamples);
    private final ReadOnlyStringWrapper cellText = new ReadOnlyStringWrapper(this, "cellText",
            "Click a cell of the matrix to see its images.");
    private final BooleanProperty showEpochs = new SimpleBooleanProperty(this, "showEpochs", false);

    private final TrainingCurves curves = new TrainingCurves();

    private final BooleanBinding idle;
    private final BooleanBinding canCreate;
    private final BooleanBinding canTrain;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canStep;
    private final BooleanBinding canStop;
    private final BooleanBinding canSave;
    private final BooleanBinding canLoad;
    private final BooleanBinding canEvaluate;

    private final Queue<TrainingProgress> pendingProgress = new ConcurrentLinkedQueue<>();
    private final Queue<EpochPoint> pendingEpochs = new ConcurrentLinkedQueue<>();
    private final AtomicReference<NetworkPicture> pendingPicture = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean closed;
    private int epochsTrained;
    private long run;

    /** A studio view model for {@code studio}, showing thumbnails from the bundled test sets. */
    public StudioViewModel(Studio studio) {
        this(studio, TestSetImages.from(DatasetLibrary.bundled()));
    }

    /** A studio view model for {@code studio}, showing thumbnails from {@code testSetImages}. */
    public StudioViewModel(Studio studio, TestSetImages testSetImages) {
        this(studio, testSetImages, new DaemonTaskExecutor("studio-test-images", 1));
    }

    /**
     * A studio view model whose test images load on {@code tasks} and whose studio results reach the
     * FX thread through it; {@code tasks} is closed with this view model.
     */
    public StudioViewModel(Studio studio, TestSetImages testSetImages, TaskExecutor tasks) {
        this.studio = Objects.requireNonNull(studio);
        this.testSetImages = Objects.requireNonNull(testSetImages);
        this.tasks = Objects.requireNonNull(tasks);

        idle = Bindings.createBooleanBinding(() -> state.get() == StudioState.IDLE && !busy.get(), state, busy);
        canCreate = idle;
        canTrain = idle;
        canLoad = idle;
        canSave = idle.and(modelInfo.isNotNull());
        canEvaluate = idle.and(modelInfo.isNotNull());
        canPause = Bindings.createBooleanBinding(() -> state.get() == StudioState.TRAINING && !stopping.get(), state, stopping);
        canResume = Bindings.createBooleanBinding(() -> state.get() == StudioState.PAUSED && !stopping.get(), state, stopping);
        canStep = canResume;
        canStop = Bindings.createBooleanBinding(() -> state.get() != StudioState.IDLE && !stopping.get(), state, stopping);

        optimizer.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                learningRate.set(chosen.defaultLearningRate());
            }
        });
        model.addListener((obs, o, n) -> updateChoiceHint());
        dataset.addListener((obs, o, n) -> updateChoiceHint());
        probeIndex.addListener((obs, o, n) -> requestProbe());
        studio.setListener(new Listener());
    }

    // ---------------------------------------------------------------- settings

    /** The zoo model New model (or Train, with no network yet) creates. */
    public ObjectProperty<ZooModel> modelProperty() {
        return model;
    }

    /** The zoo, simplest model first. */
    /** The trained networks that ship with the app (filled by the app; empty in tests). */
    public ObservableList<PretrainedChoice> pretrained() {
        return pretrained;
    }

    public List<ZooModel> models() {
        return ModelZoo.all();
    }

    /** The dataset a new model is trained on. */
    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    /** Choosing an optimiser resets the learning rate to that optimiser's usual one (Keras' default). */
    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** How the learning rate changes over a run: constant (Keras' default) or cosine decay to zero. */
    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    /** Share of the training set held out to measure validation accuracy, 0 to below 1 (0.2 as in the notebooks). */
    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Train on only the first so many training images (0: all of them), for a quick demonstration. */
    public IntegerProperty imageLimitProperty() {
        return imageLimit;
    }

    /** The test image whose activations the Network tab shows; changing it asks the studio for its picture. */
    public IntegerProperty probeIndexProperty() {
        return probeIndex;
    }

    /** The charts show one point per epoch (true) or per batch (false). */
    public BooleanProperty showEpochsProperty() {
        return showEpochs;
    }

    /** The run the current settings describe. */
    public TrainingConfig config() {
        return new TrainingConfig(optimizer.get(), learningRate.get(), schedule.get(), batchSize.get(), epochs.get(),
                validationFraction.get(), seed.get(), imageLimit.get());
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyObjectProperty<StudioState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while a model is created, loaded, saved or evaluated. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The network the studio holds, null before the first one is created or loaded. */
    public ReadOnlyObjectProperty<ModelInfo> modelInfoProperty() {
        return modelInfo.getReadOnlyProperty();
    }

    /** One line about the current network: name, dataset, parameters, epochs trained. */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** Non-empty when the chosen model or dataset differ from the network the studio holds. */
    public ReadOnlyStringProperty choiceHintProperty() {
        return choiceHint.getReadOnlyProperty();
    }

    /** Share of the run done, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The line under the progress bar, e.g. {@code Epoch 1 of 3 · batch 120 of 750 · 1,234 img/s · 0:42 left}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A short message for the user (what went wrong and what to do); empty when none. Writable so it can be dismissed. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The newest picture of the network for the probe image, null before the first. */
    public ReadOnlyObjectProperty<NetworkPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The last test-set report of the current network, null when not evaluated. */
    public ReadOnlyObjectProperty<TestReport> testReportProperty() {
        return testReport.getReadOnlyProperty();
    }

    /** The dataset the test report is about. */
    public ReadOnlyObjectProperty<DatasetId> testReportDatasetProperty() {
        return testReportDataset.getReadOnlyProperty();
    }

    /** The test images for thumbnails, loaded in the background after the first evaluation. */
    public ReadOnlyObjectProperty<Dataset> testImagesProperty() {
        return testImages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConfusionCell> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** Test-set indices of the images in the selected cell (at most {@value #MAX_CELL_THUMBNAILS}). */
    public ObservableList<Integer> cellSamples() {
        return cellSamplesView;
    }

    /** What the selected cell holds, in words. */
    public ReadOnlyStringProperty cellTextProperty() {
        return cellText.getReadOnlyProperty();
    }

    /** Class names of the current network's dataset (of the chosen one before any network exists). */
    public List<String> classNames() {
        ModelInfo info = modelInfo.get();
        return (info == null ? dataset.get() : info.dataset()).classNames();
    }

    // ---------------------------------------------------------------- chart series

    /** Training loss by batch step. */
    public XYChart.Series<Number, Number> batchLossSeries() {
        return curves.batchLoss.series();
    }

    /** Training accuracy (%) by batch step. */
    public XYChart.Series<Number, Number> batchAccuracySeries() {
        return curves.batchAccuracy.series();
    }

    /** Validation accuracy (%) on a sample of the validation set, at the steps where it was measured. */
    public XYChart.Series<Number, Number> batchValidationAccuracySeries() {
        return curves.batchValidationAccuracy.series();
    }

    public XYChart.Series<Number, Number> epochLossSeries() {
        return curves.epochLoss.series();
    }

    public XYChart.Series<Number, Number> epochValidationLossSeries() {
        return curves.epochValidationLoss.series();
    }

    /** Training accuracy (%) by epoch. */
    public XYChart.Series<Number, Number> epochAccuracySeries() {
        return curves.epochAccuracy.series();
    }

    /** Validation accuracy (%) by epoch. */
    public XYChart.Series<Number, Number> epochValidationAccuracySeries() {
        return curves.epochValidationAccuracy.series();
    }

    // ---------------------------------------------------------------- command availability

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canStepProperty() {
        return canStep;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canLoadProperty() {
        return canLoad;
    }

    public BooleanBinding canEvaluateProperty() {
        return canEvaluate;
    }

    // ---------------------------------------------------------------- commands

    /** Replaces the studio's network with a fresh one of the chosen model and dataset. */
    public void newModel() {
        if (!canCreate.get()) {
            return;
        }
        ZooModel chosen = model.get();
        newModel(chosen.title(), () -> createModel());
    }

    /**
     * Replaces the studio's network with a fresh one of {@code spec} (a stack from the model
     * builder) on the chosen dataset.
     */
    public void newModel(String name, ModelSpec spec) {
        if (!canCreate.get()) {
            message.set("Stop training first: a new model replaces the one being trained.");
            return;
        }
        newModel(name, () -> createModel(name, spec));
    }

    private void newModel(String title, java.util.function.Supplier<CompletableFuture<ModelInfo>> creation) {
        busy.set(true);
        status.set("Creating " + title + " for " + dataset.get().displayName() + "…");
        creation.get().whenComplete((info, error) -> onFx(() -> {
            busy.set(false);
            if (error != null) {
                fail("The model could not be created", error);
                status.set("Ready.");
            } else {
                status.set("New " + modelTitle(info) + ": untrained, its guesses are chance. Press Train.");
            }
        }));
    }

    /** Trains the studio's network with the current settings, creating the chosen model first when there is none. */
    public void train() {
        if (!canTrain.get()) {
            return;
        }
        TrainingConfig settings;
        try {
            settings = config();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("");
        long thisRun = ++run;
        state.set(StudioState.TRAINING);
        stopping.set(false);
        clearCurves();
        progress.set(0);
        status.set("Starting to train…");
        CompletableFuture<?> ready = modelInfo.get() == null ? createModel() : CompletableFuture.completedFuture(null);
        ready.thenCompose(ignored -> request(() -> studio.train(settings)))
                .whenComplete((outcome, error) -> onFx(() -> finished(thisRun, outcome, error)));
    }

    /** Holds training before its next batch. */
    public void pause() {
        if (canPause.get() && call("Training could not pause", studio::pause)) {
            state.set(StudioState.PAUSED);
            status.set("Paused. Resume continues; Step trains one batch and updates the views.");
        }
    }

    /** Continues a paused run. */
    public void resume() {
        if (canResume.get() && call("Training could not resume", studio::resume)) {
            state.set(StudioState.TRAINING);
        }
    }

    /** While paused, trains exactly one batch. */
    public void step() {
        if (canStep.get()) {
            call("Training could not take a step", studio::step);
        }
    }

    /** Ends the run after the current batch. */
    public void stop() {
        if (canStop.get() && call("Training could not stop", studio::stop)) {
            stopping.set(true);
            status.set("Stopping after the current batch…");
        }
    }

    /** Saves the studio's network to {@code file}. */
    public void save(Path file) {
        if (!canSave.get()) {
            return;
        }
        busy.set(true);
        status.set("Saving to " + file.getFileName() + "…");
        request(() -> studio.saveModel(file)).whenComplete((done, error) -> onFx(() -> {
            busy.set(false);
            if (error != null) {
                fail("The model could not be saved", error);
                status.set("Not saved.");
            } else {
                status.set("Saved " + modelTitle(modelInfo.get()) + " to " + file + ".");
            }
        }));
    }

    /** Replaces the studio's network with the one saved in {@code file}. */
    public void load(Path file) {
        if (!canLoad.get()) {
            return;
        }
        busy.set(true);
        status.set("Opening " + file.getFileName() + "…");
        request(() -> studio.loadModel(file)).whenComplete((info, error) -> onFx(() -> {
            busy.set(false);
            if (error != null) {
                fail("The model could not be opened", error);
                status.set("Ready.");
                return;
            }
            adopt(info);
            ModelZoo.byName(info.name()).ifPresent(model::set);
            dataset.set(info.dataset());
            updateChoiceHint();
            status.set("Opened " + file.getFileName() + ".");
        }));
    }

    /** Scores the network on the whole test set (confusion matrix, confident mistakes) and loads the test images. */
    public void evaluate() {
        if (!canEvaluate.get()) {
            return;
        }
        DatasetId id = modelInfo.get().dataset();
        busy.set(true);
        status.set("Scoring the network on the " + id.displayName() + " test set…");
        loadTestImages(id);
        request(studio::evaluateTestSet).whenComplete((report, error) -> onFx(() -> {
            busy.set(false);
            if (error != null) {
                fail("The test set could not be scored", error);
                status.set("Ready.");
                return;
            }
            testReportDataset.set(id);
            testReport.set(report);
            selectedCell.set(null);
            cellSamples.clear();
            cellText.set("Click a cell of the matrix to see its images.");
            status.set(String.format(Locale.ROOT, "Test accuracy %.2f%% on %,d images (mean loss %.4f).",
                    report.accuracy() * 100, total(report), report.meanLoss()));
            ModelInfo info = modelInfo.get();
            if (info != null) {
                modelInfo.set(new ModelInfo(info.name(), info.summary(), info.dataset(), epochsTrained, report.accuracy()));
                updateModelText();
            }
        }));
    }

    /** Shows the images of cell (actual, predicted) of the last report. */
    public void selectCell(int actual, int predicted) {
        TestReport report = testReport.get();
        if (report == null) {
            return;
        }
        List<String> names = testReportDataset.get().classNames();
        List<Integer> samples = report.matrix().samplesIn(actual, predicted);
        selectedCell.set(new ConfusionCell(actual, predicted));
        cellSamples.setAll(samples.subList(0, Math.min(samples.size(), MAX_CELL_THUMBNAILS)));
        String what = actual == predicted
                ? String.format(Locale.ROOT, "%,d images of %s recognised correctly", samples.size(), names.get(actual))
                : String.format(Locale.ROOT, "%,d images of %s taken for %s", samples.size(), names.get(actual),
                        names.get(predicted));
        cellText.set(samples.size() > MAX_CELL_THUMBNAILS
                ? what + String.format(Locale.ROOT, " (the first %d shown)", MAX_CELL_THUMBNAILS) : what);
    }

    /** Probes the next test image. */
    public void nextProbe() {
        probeIndex.set(probeIndex.get() >= LAST_TEST_INDEX ? 0 : probeIndex.get() + 1);
    }

    /** Stops listening to the studio and ends the thumbnail loader; the studio itself stays open (the app owns it). */
    @Override
    public void close() {
        closed = true;
        try {
            studio.setListener(new StudioListener() {
            });
        } catch (RuntimeException alreadyClosed) {
            LOG.debug("the studio refused a new listener while closing", alreadyClosed);
        }
        tasks.close();
    }

    // ---------------------------------------------------------------- internals

    private CompletableFuture<ModelInfo> createModel() {
        ZooModel chosen = model.get();
        return createModel(chosen.name(), chosen.spec());
    }

    private CompletableFuture<ModelInfo> createModel(String name, ModelSpec spec) {
        DatasetId chosenDataset = dataset.get();
        long chosenSeed = seed.get();
        return request(() -> studio.createModel(name, spec, chosenDataset, chosenSeed))
                .thenApply(info -> {
                    onFx(() -> adopt(info));
                    return info;
                });
    }

    private void adopt(ModelInfo info) {
        modelInfo.set(info);
        epochsTrained = info.epochsTrained();
        testReport.set(null);
        testReportDataset.set(null);
        selectedCell.set(null);
        cellSamples.clear();
        if (state.get() == StudioState.IDLE) {
            clearCurves();
            progress.set(0);
        }
        updateModelText();
        updateChoiceHint();
        requestProbe();
    }

    private void finished(long thisRun, TrainingOutcome outcome, Throwable error) {
        if (thisRun != run) {
            return;
        }
        state.set(StudioState.IDLE);
        stopping.set(false);
        if (error != null) {
            fail("Training stopped", error);
            status.set("Training stopped.");
            return;
        }
        epochsTrained += outcome.epochsCompleted();
        ModelInfo info = modelInfo.get();
        if (info != null) {
            modelInfo.set(new ModelInfo(info.name(), info.summary(), info.dataset(), epochsTrained, Double.NaN));
        }
        updateModelText();
        String speed = outcome.imagesPerSecond() > 0 ? " · " + TrainingStatusText.imagesPerSecond(outcome.imagesPerSecond()) : "";
        switch (outcome.status()) {
            case COMPLETED -> {
                progress.set(1);
                status.set(String.format(Locale.ROOT, "Finished: %d epoch%s, %,d images%s. Evaluate it on the test set.",
                        outcome.epochsCompleted(), outcome.epochsCompleted() == 1 ? "" : "s", outcome.imagesSeen(), speed));
            }
            case STOPPED -> status.set(outcome.message() + speed);
            case DIVERGED -> {
                status.set(outcome.message());
                message.set(outcome.message());
            }
        }
    }

    private void loadTestImages(DatasetId id) {
        Dataset current = testImages.get();
        if (current != null && current.id() == id) {
            return;
        }
        tasks.execute(BackgroundTask.call("The test images could not be loaded", () -> testSetImages.load(id))
                .onSuccess(testImages::set)
                .onFailure(failure -> showFailure(failure.message())));
    }

    private void requestProbe() {
        if (modelInfo.get() != null) {
            int index = Math.max(0, Math.min(LAST_TEST_INDEX, probeIndex.get()));
            call("The test image could not be shown", () -> studio.probeTestImage(index));
        }
    }

    /** The studio's future, or a failed one when the request itself throws. */
    private static <T> CompletableFuture<T> request(java.util.function.Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean call(String action, Runnable request) {
        try {
            request.run();
            return true;
        } catch (RuntimeException e) {
            fail(action, e);
            return false;
        }
    }

    private void fail(String action, Throwable error) {
        showFailure(ErrorReporter.userMessage(action, error));
    }

    private void showFailure(String sentence) {
        if (!closed) {
            message.set(sentence);
        }
    }

    private void updateModelText() {
        ModelInfo info = modelInfo.get();
        if (info == null) {
            return;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s on %s · %,d parameters · %d epoch%s trained",
                modelTitle(info), info.dataset().displayName(), info.summary().totalParams(), info.epochsTrained(),
                info.epochsTrained() == 1 ? "" : "s"));
        if (Double.isFinite(info.testAccuracy())) {
            text.append(String.format(Locale.ROOT, " · test accuracy %.2f%%", info.testAccuracy() * 100));
        }
        modelText.set(text.toString());
    }

    private void updateChoiceHint() {
        ModelInfo info = modelInfo.get();
        ZooModel chosen = model.get();
        if (info == null || chosen == null || dataset.get() == null
                || (chosen.name().equals(info.name()) && dataset.get() == info.dataset())) {
            choiceHint.set("");
        } else {
            choiceHint.set("Train continues the current " + modelTitle(info) + " on " + info.dataset().displayName()
                    + ". Press New model for " + chosen.title() + " on " + dataset.get().displayName() + ".");
        }
    }

    private static String modelTitle(ModelInfo info) {
        return info == null ? "model" : ModelZoo.byName(info.name()).map(ZooModel::title).orElse(info.name());
    }

    private static long total(TestReport report) {
        long sum = 0;
        for (int c = 0; c < report.matrix().classCount(); c++) {
            sum += report.matrix().actualCount(c);
        }
        return sum;
    }

    private void clearCurves() {
        curves.clear();
    }

    private void schedule() {
        if (closed || !drainScheduled.compareAndSet(false, true)) {
            return;
        }
        tasks.runOnFxThread(this::drain);
    }

    /** Applies every event queued since the last frame: all batch points, the newest progress and picture. */
    private void drain() {
        drainScheduled.set(false);
        if (closed) {
            return;
        }
        TrainingProgress last = null;
        for (TrainingProgress p = pendingProgress.poll(); p != null; p = pendingProgress.poll()) {
            p.newPoints().forEach(curves::add);
            last = p;
        }
        for (EpochPoint e = pendingEpochs.poll(); e != null; e = pendingEpochs.poll()) {
            curves.add(e);
        }
        curves.publish();
        if (last != null && state.get() != StudioState.IDLE) {
            progress.set(last.fraction());
            if (!stopping.get()) {
                status.set(TrainingStatusText.of(last));
            }
        }
        NetworkPicture newest = pendingPicture.getAndSet(null);
        if (newest != null) {
            picture.set(newest);
        }
    }

    private void onFx(Runnable action) {
        if (closed) {
            return;
        }
        tasks.runOnFxThread(() -> {
            if (!closed) {
                action.run();
            }
        });
    }

    /** The studio's events, on its model thread: queued, then applied on the FX thread in {@link #drain}. */
    private final class Listener implements StudioListener {
        @Override
        public void onProgress(TrainingProgress progressReport) {
            pendingProgress.add(progressReport);
            schedule();
        }

        @Override
        public void onEpoch(EpochPoint epoch) {
            pendingEpochs.add(epoch);
            schedule();
        }

        @Override
        public void onNetwork(NetworkPicture networkPicture) {
            pendingPicture.set(networkPicture);
            schedule();
        }
    }
}
