package org.cnnlab.ui.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.ui.tasks.TaskExecutor;

/**
 * The kernel sandbox's state as JavaFX properties: colour mode, the filter bank
 * ({@link FilterBankModel}), geometry, activation and pooling (together a {@link PipelineSpec}),
 * the input image, what the last computation produced, the explanations ({@link SandboxTexts}) and
 * the traced pixel ({@link ProbeState}). Every edit asks the {@link ComputeScheduler} for a new
 * result, computed inline when it is cheap and on a latest-wins worker otherwise; the newest result
 * replaces (and releases) the previous one. A failing computation (a kernel larger than the padded
 * image) sets {@link #errorMessageProperty()}; the last good result stays when it was computed on
 * the same image, and goes when the image changed (a new image or colour mode), so no panel ever
 * shows maps of an image that is no longer the input. Changes of the filter bank can be undone
 * and redone ({@link #undo()}, {@link #redo()}), up to {@value #HISTORY_STEPS} steps back.
 *
 * <p>All properties belong to the FX thread.
 *
 * <p>Why over 400 lines: about half is the public surface the view, the app and the tests bind to
 * (some twenty property accessors with their Javadoc); the logic behind them lives in the classes
 * named above.
 */
public final class SandboxViewModel {
    /** The most an edit may spend computing on the FX thread: a quarter of a 60 Hz frame. */
    static final int INLINE_BUDGET_MILLIS = ComputeScheduler.INLINE_BUDGET_MILLIS;

    /** How many kernel edits undo can take back. */
    static final int HISTORY_STEPS = 100;

    private final ComputeScheduler scheduler;
    private final LatencyRecorder latency = new LatencyRecorder();
    private final FilterBankModel bank = new FilterBankModel(KernelPreset.TEXTBOOK_VERTICAL_EDGE.kernel());

    private final ObjectProperty<ColorMode> mode = new SimpleObjectProperty<>(this, "mode", ColorMode.GRAY);
    private final ObjectProperty<PaddingMode> paddingMode = new SimpleObjectProperty<>(this, "paddingMode", PaddingMode.VALID);
    private final IntegerProperty customPadding = new SimpleIntegerProperty(this, "customPadding", 1);
    private final ObjectProperty<BorderMode> border = new SimpleObjectProperty<>(this, "border", BorderMode.ZERO);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty dilation = new SimpleIntegerProperty(this, "dilation", 1);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.RELU);
    private final ObjectProperty<PoolSelection> pools = new SimpleObjectProperty<>(this, "pools", PoolSelection.MAX);
    private final IntegerProperty poolSize = new SimpleIntegerProperty(this, "poolSize", 2);
    private final IntegerProperty poolStride = new SimpleIntegerProperty(this, "poolStride", 2);
    private final BooleanProperty debugOverlay = new SimpleBooleanProperty(this, "debugOverlay",
            Boolean.getBoolean("cnnlab.debugOverlay"));

    private final ReadOnlyStringWrapper imageName = new ReadOnlyStringWrapper(this, "imageName", "");
    private final ReadOnlyObjectWrapper<FloatPlanes> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyObjectWrapper<PipelineResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper formulaText = new ReadOnlyStringWrapper(this, "formulaText", "");
    private final ReadOnlyStringWrapper brightnessText = new ReadOnlyStringWrapper(this, "brightnessText", "");
    private final ReadOnlyStringWrapper statsText = new ReadOnlyStringWrapper(this, "statsText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ProbeState probes = new ProbeState(result.getReadOnlyProperty(), bank::selected);

    private final EditHistory<BankState> history;

    private FloatPlanes rgb255;
    private FloatPlanes gray255;
    private int batchDepth;
    private long resultEditNanos;
    private long resultArrivalNanos;
    private boolean shutDown;
    private boolean restoring;
    /** The image the result on screen was computed on. */
    private FloatPlanes shownImage;

    /**
     * A sandbox computing with the engine {@code engine} supplies at each edit (the app's current
     * choice); results come back to the FX thread through {@code tasks}.
     */
    public SandboxViewModel(Supplier<Convolver> engine, TaskExecutor tasks) {
        this(engine, tasks::runOnFxThread);
    }

    /** For tests: results and errors are handed to {@code fxThread}. */
    SandboxViewModel(Supplier<Convolver> engine, Executor fxThread) {
        this.scheduler = new ComputeScheduler(engine, fxThread, this::accept);
        bank.selectedFilterProperty().addListener((obs, o, n) -> {
            updateTexts();
            probes.retrace();
        });
        bank.selectedChannelProperty().addListener((obs, o, n) -> updateTexts());
        mode.addListener((obs, o, n) -> {
            if (!restoring) {
                batch(() -> bank.convert(o, n));
            }
        });
        bank.filters().addListener((Observable obs) -> edited());
        for (Observable p : List.of(paddingMode, customPadding, border, stride, dilation, activation, pools, poolSize,
                poolStride)) {
            p.addListener(obs -> edited());
        }
        history = new EditHistory<>(bankState(), HISTORY_STEPS);
        updateTexts();
    }

    // ---- properties -------------------------------------------------------------------------

    public ObjectProperty<ColorMode> modeProperty() {
        return mode;
    }

    /** The filter bank, 1 to {@value PipelineSpec#MAX_FILTERS} filters; edit through the methods below or replace elements. */
    public ObservableList<Filter> filters() {
        return bank.filters();
    }

    public IntegerProperty selectedFilterProperty() {
        return bank.selectedFilterProperty();
    }

    /** Which channel's kernel {@link #kernelProperty()} edits in RGB and depthwise modes (0 = R). */
    public IntegerProperty selectedChannelProperty() {
        return bank.selectedChannelProperty();
    }

    /** The kernel being edited: of the selected filter and channel. Setting it changes the bank. */
    public ObjectProperty<Kernel> kernelProperty() {
        return bank.kernelProperty();
    }

    /** Bias of the selected filter (used in gray and RGB modes; depthwise maps have none). */
    public DoubleProperty biasProperty() {
        return bank.biasProperty();
    }

    public ObjectProperty<PaddingMode> paddingModeProperty() {
        return paddingMode;
    }

    /** Padding on every side in custom mode, 0–{@value PipelineSpec#MAX_CUSTOM_PADDING}. */
    public IntegerProperty customPaddingProperty() {
        return customPadding;
    }

    public ObjectProperty<BorderMode> borderProperty() {
        return border;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    public IntegerProperty dilationProperty() {
        return dilation;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ObjectProperty<PoolSelection> poolsProperty() {
        return pools;
    }

    public IntegerProperty poolSizeProperty() {
        return poolSize;
    }

    public IntegerProperty poolStrideProperty() {
        return poolStride;
    }

    /** Shows the latency overlay; starts from the system property {@code cnnlab.debugOverlay}. */
    public BooleanProperty debugOverlayProperty() {
        return debugOverlay;
    }

    public ReadOnlyStringProperty imageNameProperty() {
        return imageName.getReadOnlyProperty();
    }

    /** The image the pipeline reads in the current mode: gray in gray mode, RGB otherwise (values 0–255). */
    public ReadOnlyObjectProperty<FloatPlanes> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** The newest result; replaced (and the old one released) on the FX thread. Never read a replaced result. */
    public ReadOnlyObjectProperty<PipelineResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last edit could not be computed, in plain words; empty when it could. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The output-size formula with the current numbers, e.g. {@code floor((512 + 2·1 − 3) / 2) + 1 = 256}. */
    public ReadOnlyStringProperty formulaTextProperty() {
        return formulaText.getReadOnlyProperty();
    }

    /** What the selected filter's weight sum does to brightness. */
    public ReadOnlyStringProperty brightnessTextProperty() {
        return brightnessText.getReadOnlyProperty();
    }

    /** Shape, min, max, mean and share of zeros of every map of the selected filter. */
    public ReadOnlyStringProperty statsTextProperty() {
        return statsText.getReadOnlyProperty();
    }

    /** The pixel the one-pixel math follows, and its trace through the current result. */
    public ProbeState probes() {
        return probes;
    }

    public LatencyRecorder latency() {
        return latency;
    }

    /** {@link System#nanoTime()} of the edit the current result answers, for latency measurement. */
    public long resultEditNanos() {
        return resultEditNanos;
    }

    /** {@link System#nanoTime()} when the current result reached the FX thread, for latency measurement. */
    public long resultArrivalNanos() {
        return resultArrivalNanos;
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * Sets the image: gray mode computes on {@code gray255} (one channel), RGB and depthwise on
     * {@code rgb255} (three channels); both in 0–255. {@code rgb255} may be {@code null} for a gray
     * image, then the gray plane is used for all three channels. The planes must not change afterwards.
     */
    public void setImage(String name, FloatPlanes rgb255, FloatPlanes gray255) {
        Objects.requireNonNull(gray255, "gray255");
        if (gray255.channels() != 1) {
            throw new IllegalArgumentException("the gray image needs one channel, got " + gray255.shapeText());
        }
        if (rgb255 != null && (rgb255.channels() != 3 || rgb255.height() != gray255.height()
                || rgb255.width() != gray255.width())) {
            throw new IllegalArgumentException("the colour image must be 3x" + gray255.height() + "x" + gray255.width()
                    + ", got " + rgb255.shapeText());
        }
        this.gray255 = gray255;
        this.rgb255 = rgb255 != null ? rgb255 : replicate(gray255);
        imageName.set(name == null ? "" : name);
        edited();
    }

    private static FloatPlanes replicate(FloatPlanes gray) {
        FloatPlanes rgb = FloatPlanes.zeros(3, gray.height(), gray.width());
        for (int c = 0; c < 3; c++) {
            System.arraycopy(gray.data(), 0, rgb.data(), rgb.planeOffset(c), gray.planeSize());
        }
        return rgb;
    }

    /** Adds a filter (identity kernel of the selected filter's size) and selects it; false when the bank is full. */
    public boolean addFilter() {
        if (!bank.addFilter(mode.get().inputChannels())) {
            errorMessage.set("The filter bank holds at most " + PipelineSpec.MAX_FILTERS + " filters");
            return false;
        }
        return true;
    }

    /** Removes the selected filter; the last one stays. */
    public boolean removeSelectedFilter() {
        boolean[] removed = new boolean[1];
        batch(() -> removed[0] = bank.removeSelectedFilter());
        return removed[0];
    }

    /** Loads {@code preset}'s kernel into the selected filter, on every colour channel (then edit one channel if wanted). */
    public void applyPreset(KernelPreset preset) {
        bank.applyPreset(preset);
    }

    /** Copies the edited kernel to every channel of the selected filter. */
    public void copyKernelToAllChannels() {
        bank.copyKernelToAllChannels();
    }

    /**
     * Takes back the last change of the filter bank: a cell edit, a preset, a kernel tool (zero,
     * random, normalise, flip, transpose, rotate), a bias, an added or removed filter, or a colour
     * mode switch. False when there is nothing to undo.
     */
    public boolean undo() {
        boolean undone = history.undo().map(this::restore).isPresent();
        showHistory();
        return undone;
    }

    /** Does again what {@link #undo()} took back; false when there is nothing to redo. */
    public boolean redo() {
        boolean redone = history.redo().map(this::restore).isPresent();
        showHistory();
        return redone;
    }

    /** Whether {@link #undo()} has something to take back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether {@link #redo()} has something to do again. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private BankState restore(BankState state) {
        restoring = true;
        try {
            batch(() -> {
                mode.set(state.mode());
                bank.replace(state.filters(), bank.selected(),
                        state.mode().inputChannels() == 1 ? 0 : bank.selectedChannelProperty().get());
            });
        } finally {
            restoring = false;
        }
        return state;
    }

    private void showHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private BankState bankState() {
        return new BankState(mode.get(), List.copyOf(bank.filters()));
    }

    /** The current state as one value, for saving. */
    public PipelineSpec currentSpec() {
        return new PipelineSpec(mode.get(), List.copyOf(bank.filters()), paddingMode.get(), customPadding.get(), border.get(),
                stride.get(), dilation.get(), activation.get(), pools.get(), poolSize.get(), poolStride.get());
    }

    /** Restores a saved state; one computation follows. */
    public void applySpec(PipelineSpec spec) {
        batch(() -> {
            mode.set(spec.mode());
            bank.replace(spec.filters(), 0, 0);
            paddingMode.set(spec.paddingMode());
            customPadding.set(spec.customPadding());
            border.set(spec.border());
            stride.set(spec.stride());
            dilation.set(spec.dilation());
            activation.set(spec.activation());
            pools.set(spec.pools());
            poolSize.set(spec.poolSize());
            poolStride.set(spec.poolStride());
        });
    }

    /** Computes again with the same settings, e.g. once the app has switched to another engine. */
    public void recompute() {
        edited();
    }

    /** Stops the compute thread and releases the last result. Called by the app on close. */
    public void shutdown() {
        shutDown = true;
        scheduler.shutdown();
        PipelineResult last = result.get();
        if (last != null) {
            result.set(null);
            last.release();
        }
    }

    // ---- internals --------------------------------------------------------------------------

    private void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            batchDepth--;
        }
        edited();
    }

    private FloatPlanes currentImage() {
        return mode.get() == ColorMode.GRAY ? gray255 : rgb255;
    }

    private void edited() {
        if (batchDepth > 0) {
            return;
        }
        history.record(bankState());
        showHistory();
        updateTexts();
        FloatPlanes image = currentImage();
        input.set(image);
        if (image == null || shutDown) {
            return;
        }
        PipelineSpec spec;
        try {
            spec = currentSpec();
        } catch (IllegalArgumentException e) {
            errorMessage.set(e.getMessage());
            return;
        }
        scheduler.submit(image, spec);
    }

    private void accept(ComputeScheduler.Outcome outcome) {
        if (shutDown) {
            outcome.release();
            return;
        }
        if (outcome.result() == null) {
            errorMessage.set(outcome.errorMessage());
            if (outcome.image() != null && outcome.image() != shownImage) {
                dropResult();
            }
            return;
        }
        shownImage = outcome.image();
        PipelineResult old = result.get();
        resultEditNanos = outcome.editNanos();
        resultArrivalNanos = System.nanoTime();
        if (outcome.newest()) {
            errorMessage.set("");
        }
        result.set(outcome.result());
        if (old != null) {
            old.release();
        }
        updateTexts();
    }

    /** The result on screen belongs to another image: it goes, so no panel shows the old image's maps. */
    private void dropResult() {
        PipelineResult old = result.get();
        shownImage = null;
        result.set(null);
        if (old != null) {
            old.release();
        }
        updateTexts();
    }

    private void updateTexts() {
        if (bank.filters().isEmpty()) {
            return;
        }
        Filter f = bank.selectedFilter();
        brightnessText.set(SandboxTexts.brightness(f, mode.get()));
        formulaText.set(SandboxTexts.formula(currentImage(), f, paddingMode.get(), customPadding.get(), border.get(),
                stride.get(), dilation.get()));
        statsText.set(SandboxTexts.stats(result.get(), bank.selected()));
    }

    /** What undo restores: the colour mode and every filter (the selection is left as it is). */
    private record BankState(ColorMode mode, List<Filter> filters) {
    }
}
