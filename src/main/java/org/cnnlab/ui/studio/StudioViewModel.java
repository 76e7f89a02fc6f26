package org.cnnlab.ui.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.services.studio.BatchPoint;
import org.cnnlab.services.studio.EpochPoint;
import org.cnnlab.services.studio.ModelInfo;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.services.studio.Studio;
import org.cnnlab.services.studio.StudioListener;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.services.studio.TrainingProgress;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.model.LearningRateSchedule;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ZooModel;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingOutcome;
import org.cnnlab.ui.ErrorReporter;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.cnnlab.ui.tasks.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training studio's commands and what it reports, without any node: the commands (new
 * model, train, pause, resume, step, stop, save, load, evaluate) and when each is allowed; the
 * network the studio holds and whether training changed it since it was last saved; the progress
 * bar and its status line, the probe image's network picture and the learning curves. The next
 * run's settings are {@link #settings()}, the test-set report is {@link #report()}, the curves
 * are {@link #curves()}.
 *
 * <p>The studio's events arrive on its model thread and are applied once per frame
 * ({@link StudioFrames}). A failed request never throws: its sentence (the app's one error policy,
 * {@link org.cnnlab.ui.ErrorReporter#userMessage}) goes to {@link #messageProperty()}.
 *
 * <p>Longer than most classes here because each of the nine commands carries its availability,
 * its status lines and its failure sentence; the settings, the report and the coalescing of
 * events, which are separate concerns, live in their own classes.
 */
public final class StudioViewModel implements AutoCloseable {
    /** The largest test-image index (both test sets hold 10,000 images). */
    public static final int LAST_TEST_INDEX = 9_999;

    private static final Logger LOG = LoggerFactory.getLogger(StudioViewModel.class);

    private final Studio studio;
    private final TaskExecutor tasks;
    private final TrainingSettingsViewModel settings;
    private final TestReportViewModel report;
    private final TrainingCurves curves = new TrainingCurves();
    private final StudioFrames frames;

    private final IntegerProperty probeIndex = new SimpleIntegerProperty(this, "probeIndex", 0);
    private final ReadOnlyObjectWrapper<StudioState> state = new ReadOnlyObjectWrapper<>(this, "state", StudioState.IDLE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(this, "stopping", false);
    private final ReadOnlyObjectWrapper<ModelInfo> modelInfo = new ReadOnlyObjectWrapper<>(this, "modelInfo");
    private final ReadOnlyBooleanWrapper unsavedTraining = new ReadOnlyBooleanWrapper(this, "unsavedTraining", false);
    private final ReadOnlyLongWrapper networkRevision = new ReadOnlyLongWrapper(this, "networkRevision", 0);
    private final ObservableList<PretrainedChoice> pretrained = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText",
            "No network yet: press New model, or Train to create one and start.");
    private final ReadOnlyStringWrapper choiceHint = new ReadOnlyStringWrapper(this, "choiceHint", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready.");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyObjectWrapper<NetworkPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final BooleanProperty showEpochs = new SimpleBooleanProperty(this, "showEpochs", false);

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

    private volatile boolean closed;
    private int epochsTrained;
    private long run;

    /** A studio view model for {@code studio}, showing thumbnails from the bundled test sets. */
    public StudioViewModel(Studio studio) {
        this(studio, TestSetImages.from(DatasetLibrary.bundled()));
    }

    /** A studio view model for {@code studio}, showing thumbnails from {@code testSetImages}, with the default settings. */
    public StudioViewModel(Studio studio, TestSetImages testSetImages) {
        this(studio, testSetImages, new TrainingSettingsViewModel(), new DaemonTaskExecutor("studio-test-images", 1));
    }

    /** As {@link #StudioViewModel(Studio, TestSetImages, TrainingSettingsViewModel, TaskExecutor)} with the default settings. */
    public StudioViewModel(Studio studio, TestSetImages testSetImages, TaskExecutor tasks) {
        this(studio, testSetImages, new TrainingSettingsViewModel(), tasks);
    }

    /**
     * A studio view model whose next run is {@code settings}, whose test images load on
     * {@code tasks} and whose studio results reach the FX thread through it; {@code tasks} is
     * closed with this view model.
     */
    public StudioViewModel(Studio studio, TestSetImages testSetImages, TrainingSettingsViewModel settings,
            TaskExecutor tasks) {
        this.studio = Objects.requireNonNull(studio);
        this.tasks = Objects.requireNonNull(tasks);
        this.settings = Objects.requireNonNull(settings);
        this.report = new TestReportViewModel(testSetImages, tasks, this::showFailure);
        this.frames = new StudioFrames(tasks, this::apply);

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

        settings.modelProperty().addListener((obs, o, n) -> updateChoiceHint());
        settings.datasetProperty().addListener((obs, o, n) -> updateChoiceHint());
        probeIndex.addListener((obs, o, n) -> requestProbe());
        studio.setListener(frames);
    }

    // ---------------------------------------------------------------- parts

    /** The next run: model, dataset and training settings. */
    public TrainingSettingsViewModel settings() {
        return settings;
    }

    /** The test-set report of the current network. */
    public TestReportViewModel report() {
        return report;
    }

    /** The learning curves of the current run, as plain lists of points. */
    public TrainingCurves curves() {
        return curves;
    }

    /** The trained networks that ship with the app (filled by the app; empty in tests). */
    public ObservableList<PretrainedChoice> pretrained() {
        return pretrained;
    }

    /** The test image whose activations the Network tab shows; changing it asks the studio for its picture. */
    public IntegerProperty probeIndexProperty() {
        return probeIndex;
    }

    /** The charts show one point per epoch (true) or per batch (false). */
    public BooleanProperty showEpochsProperty() {
        return showEpochs;
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

    /** True when training changed the network since it was created, opened or saved: replacing it loses that work. */
    public ReadOnlyBooleanProperty unsavedTrainingProperty() {
        return unsavedTraining.getReadOnlyProperty();
    }

    /**
     * Counts changes of the studio's network: a new or opened network, and every new picture of it
     * while it trains (at most {@value Studio#MAX_UPDATES_PER_SECOND} a second). Views that show
     * what the network makes of something (the Draw tab) ask again when it changes.
     */
    public ReadOnlyLongProperty networkRevisionProperty() {
        return networkRevision.getReadOnlyProperty();
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

    /** Class names of the current network's dataset (of the chosen one before any network exists). */
    public List<String> classNames() {
        ModelInfo info = modelInfo.get();
        return (info == null ? settings.datasetProperty().get() : info.dataset()).classNames();
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
        ZooModel chosen = settings.modelProperty().get();
        newModel(chosen.title(), this::createModel);
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

    private void newModel(String title, Supplier<CompletableFuture<ModelInfo>> creation) {
        busy.set(true);
        status.set("Creating " + title + " for " + settings.datasetProperty().get().displayName() + "…");
        tasks.execute(BackgroundTask.awaiting("The model could not be created", creation)
                .onDone(() -> busy.set(false))
                .onSuccess(info -> status.set("New " + modelTitle(info) + ": untrained, its guesses are chance. Press Train."))
                .onFailure(failure -> {
                    showFailure(failure.message());
                    status.set("Ready.");
                }));
    }

    /** Trains the studio's network with the current settings, creating the chosen model first when there is none. */
    public void train() {
        if (!canTrain.get()) {
            return;
        }
        TrainingConfig config;
        try {
            config = settings.config();
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
        Supplier<CompletableFuture<TrainingOutcome>> training = () -> (modelInfo.get() == null
                ? createModel() : CompletableFuture.<ModelInfo>completedFuture(null))
                .thenCompose(ignored -> studio.train(config));
        tasks.execute(BackgroundTask.awaiting("Training stopped", training)
                .onSuccess(outcome -> finished(thisRun, outcome))
                .onFailure(failure -> {
                    if (thisRun == run) {
                        state.set(StudioState.IDLE);
                        stopping.set(false);
                        showFailure(failure.message());
                        status.set("Training stopped.");
                    }
                }));
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
        tasks.execute(BackgroundTask.awaiting("The model could not be saved", () -> studio.saveModel(file))
                .onDone(() -> busy.set(false))
                .onSuccess(done -> {
                    unsavedTraining.set(false);
                    status.set("Saved " + modelTitle(modelInfo.get()) + " to " + file + ".");
                })
                .onFailure(failure -> {
                    showFailure(failure.message());
                    status.set("Not saved.");
                }));
    }

    /** Replaces the studio's network with the one saved in {@code file}. */
    public void load(Path file) {
        if (!canLoad.get()) {
            return;
        }
        busy.set(true);
        status.set("Opening " + file.getFileName() + "…");
        tasks.execute(BackgroundTask.awaiting("The model could not be opened", () -> studio.loadModel(file))
                .onDone(() -> busy.set(false))
                .onSuccess(info -> {
                    adopt(info);
                    ModelZoo.byName(info.name()).ifPresent(settings.modelProperty()::set);
                    settings.datasetProperty().set(info.dataset());
                    updateChoiceHint();
                    status.set("Opened " + file.getFileName() + ".");
                })
                .onFailure(failure -> {
                    showFailure(failure.message());
                    status.set("Ready.");
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
        report.loadTestImages(id);
        tasks.execute(BackgroundTask.awaiting("The test set could not be scored", studio::evaluateTestSet)
                .onDone(() -> busy.set(false))
                .onSuccess(scored -> evaluated(id, scored))
                .onFailure(failure -> {
                    showFailure(failure.message());
                    status.set("Ready.");
                }));
    }

    /** Probes the next test image. */
    public void nextProbe() {
        probeIndex.set(probeIndex.get() >= LAST_TEST_INDEX ? 0 : probeIndex.get() + 1);
    }

    /** Stops listening to the studio and ends the thumbnail loader; the studio itself stays open (the app owns it). */
    @Override
    public void close() {
        closed = true;
        frames.close();
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
        ZooModel chosen = settings.modelProperty().get();
        return createModel(chosen.name(), chosen.spec());
    }

    /** Asks the studio for a new network; the view model adopts it on the FX thread as soon as it exists. */
    private CompletableFuture<ModelInfo> createModel(String name, ModelSpec spec) {
        DatasetId chosenDataset = settings.datasetProperty().get();
        long chosenSeed = settings.seedProperty().get();
        return studio.createModel(name, spec, chosenDataset, chosenSeed).thenApply(info -> {
            tasks.runOnFxThread(() -> {
                if (!closed) {
                    adopt(info);
                }
            });
            return info;
        });
    }

    private void adopt(ModelInfo info) {
        modelInfo.set(info);
        epochsTrained = info.epochsTrained();
        unsavedTraining.set(false);
        report.clear();
        if (state.get() == StudioState.IDLE) {
            clearCurves();
            progress.set(0);
        }
        networkRevision.set(networkRevision.get() + 1);
        updateModelText();
        updateChoiceHint();
        requestProbe();
    }

    private void evaluated(DatasetId id, TestReport scored) {
        report.show(id, scored);
        status.set(String.format(Locale.ROOT, "Test accuracy %.2f%% on %,d images (mean loss %.4f).",
                scored.accuracy() * 100, total(scored), scored.meanLoss()));
        ModelInfo info = modelInfo.get();
        if (info != null) {
            modelInfo.set(new ModelInfo(info.name(), info.summary(), info.dataset(), epochsTrained, scored.accuracy()));
            updateModelText();
        }
    }

    private void finished(long thisRun, TrainingOutcome outcome) {
        if (thisRun != run) {
            return;
        }
        state.set(StudioState.IDLE);
        stopping.set(false);
        epochsTrained += outcome.epochsCompleted();
        if (outcome.imagesSeen() > 0) {
            unsavedTraining.set(true);
        }
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

    /** One frame's worth of the studio's events, on the FX thread: every curve point, the newest progress and picture. */
    private void apply(StudioFrames.Frame frame) {
        if (closed) {
            return;
        }
        for (TrainingProgress report : frame.progress()) {
            for (BatchPoint point : report.newPoints()) {
                curves.add(point);
            }
        }
        for (EpochPoint epoch : frame.epochs()) {
            curves.add(epoch);
        }
        curves.publish();
        TrainingProgress last = frame.lastProgress();
        if (last != null && state.get() != StudioState.IDLE) {
            progress.set(last.fraction());
            if (!stopping.get()) {
                status.set(TrainingStatusText.of(last));
            }
            if (!last.newPoints().isEmpty()) {
                unsavedTraining.set(true);
            }
        }
        if (frame.picture() != null) {
            picture.set(frame.picture());
            if (state.get() != StudioState.IDLE) {
                networkRevision.set(networkRevision.get() + 1);
            }
        }
    }

    private void requestProbe() {
        if (modelInfo.get() != null) {
            int index = Math.max(0, Math.min(LAST_TEST_INDEX, probeIndex.get()));
            call("The test image could not be shown", () -> studio.probeTestImage(index));
        }
    }

    private boolean call(String action, Runnable request) {
        try {
            request.run();
            return true;
        } catch (RuntimeException e) {
            showFailure(org.cnnlab.ui.ErrorReporter.userMessage(action, e));
            return false;
        }
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
        ZooModel chosen = settings.modelProperty().get();
        DatasetId chosenDataset = settings.datasetProperty().get();
        if (info == null || chosen == null || chosenDataset == null
                || (chosen.name().equals(info.name()) && chosenDataset == info.dataset())) {
            choiceHint.set("");
        } else {
            choiceHint.set("Train continues the current " + modelTitle(info) + " on " + info.dataset().displayName()
                    + ". Press New model for " + chosen.title() + " on " + chosenDataset.displayName() + ".");
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

    /** Empties the charts, including events of the previous run not applied yet. */
    private void clearCurves() {
        frames.discardPending();
        curves.clear();
    }
}
