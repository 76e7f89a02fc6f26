package org.cnnlab.ui.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.FeatureMapPipeline;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.ui.tasks.LatestWinsWorker;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.MapStats;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.ui.controls.NumberText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel sandbox's state as JavaFX properties: colour mode, filter bank, geometry, activation
 * and pooling (together a {@link PipelineSpec}), the input image, and what the last computation
 * produced. An edit whose computation is predicted to fit in {@value #INLINE_BUDGET_MILLIS} ms (the
 * last computation with the same engine, scaled by pixels × kernel taps) runs
 * {@link FeatureMapPipeline#compute} right away on the FX thread, so its result is painted in the
 * same frame as the keystroke. Every other edit submits one job to a {@link LatestWinsWorker},
 * which computes off the FX thread, so dragging a value over a large image never blocks the UI;
 * its result comes back on the FX thread. Either way the newest result replaces (and releases) the
 * previous one, and a late result of an older edit is dropped. A failing
 * computation (a kernel larger than the padded image) sets {@link #errorMessageProperty()} and
 * keeps the last good result.
 *
 * <p>All properties belong to the FX thread.
 */
public final class SandboxViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxViewModel.class);
    private static final String[] CHANNEL_NAMES = {"R", "G", "B"};
    /** The most an edit may spend computing on the FX thread: a quarter of a 60 Hz frame. */
    static final int INLINE_BUDGET_MILLIS = 4;

    private final Supplier<Convolver> engine;
    private final Executor fxThread;
    private final FeatureMapPipeline pipeline = new FeatureMapPipeline();
    private final LatestWinsWorker<Outcome> worker;
    private final LatencyRecorder latency = new LatencyRecorder();

    private final ObjectProperty<ColorMode> mode = new SimpleObjectProperty<>(this, "mode", ColorMode.GRAY);
    private final ObservableList<Filter> filters = FXCollections.observableArrayList();
    private final IntegerProperty selectedFilter = new SimpleIntegerProperty(this, "selectedFilter", 0);
    private final IntegerProperty selectedChannel = new SimpleIntegerProperty(this, "selectedChannel", 0);
    private final ObjectProperty<Kernel> kernel = new SimpleObjectProperty<>(this, "kernel");
    private final DoubleProperty bias = new SimpleDoubleProperty(this, "bias", 0);
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

    private FloatPlanes rgb255;
    private FloatPlanes gray255;
    private int batchDepth;
    private boolean syncingKernel;
    private long resultEditNanos;
    private long resultArrivalNanos;
    private long submitted;
    /** The sequence number of the newest edit whose outcome (result or error) is on screen. */
    private long shownSequence;
    /** The last computation's cost, to predict the next one's: time, multiply-adds and engine. */
    private long lastComputeNanos = -1;
    private long lastWork;
    private String lastEngine = "";
    private volatile boolean shutDown;

    /** A sandbox computing with the engine {@code engine} supplies at each edit (the app's current choice). */
    public SandboxViewModel(Supplier<Convolver> engine) {
        this(engine, Platform::runLater);
    }

    /** For tests: results and errors are handed to {@code fxThread} instead of {@link Platform#runLater}. */
    SandboxViewModel(Supplier<Convolver> engine, Executor fxThread) {
        this.engine = Objects.requireNonNull(engine);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.worker = new LatestWinsWorker<>("sandbox-compute", this::deliver, this::fail);
        filters.add(Filter.of(KernelPreset.TEXTBOOK_VERTICAL_EDGE.kernel()));
        kernel.set(filters.get(0).kernel(0));

        kernel.addListener((obs, o, n) -> {
            if (n == null) {
                kernel.set(o);
            } else if (!syncingKernel) {
                storeEditedKernel(n);
            }
        });
        bias.addListener((obs, o, n) -> {
            if (!syncingKernel) {
                Filter f = filters.get(selected());
                filters.set(selected(), new Filter(f.kernels(), n.floatValue()));
            }
        });
        selectedFilter.addListener((obs, o, n) -> showSelectedKernel());
        selectedChannel.addListener((obs, o, n) -> showSelectedKernel());
        mode.addListener((obs, o, n) -> convertFilters(o, n));
        filters.addListener((Observable obs) -> edited());
        for (Observable p : List.of(paddingMode, customPadding, border, stride, dilation, activation, pools, poolSize,
                poolStride)) {
            p.addListener(obs -> edited());
        }
        updateTexts();
    }

    // ---- properties -------------------------------------------------------------------------

    public ObjectProperty<ColorMode> modeProperty() {
        return mode;
    }

    /** The filter bank, 1 to {@value PipelineSpec#MAX_FILTERS} filters; edit through the methods below or replace elements. */
    public ObservableList<Filter> filters() {
        return filters;
    }

    public IntegerProperty selectedFilterProperty() {
        return selectedFilter;
    }

    /** Which channel's kernel {@link #kernelProperty()} edits in RGB and depthwise modes (0 = R). */
    public IntegerProperty selectedChannelProperty() {
        return selectedChannel;
    }

    /** The kernel being edited: of the selected filter and channel. Setting it changes the bank. */
    public ObjectProperty<Kernel> kernelProperty() {
        return kernel;
    }

    /** Bias of the selected filter (used in gray and RGB modes; depthwise maps have none). */
    public DoubleProperty biasProperty() {
        return bias;
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
        if (filters.size() >= PipelineSpec.MAX_FILTERS) {
            errorMessage.set("the filter bank holds at most " + PipelineSpec.MAX_FILTERS + " filters");
            return false;
        }
        Filter current = filters.get(selected());
        filters.add(Filter.replicated(Kernel.identity(current.kernelHeight()), mode.get().inputChannels()));
        selectedFilter.set(filters.size() - 1);
        return true;
    }

    /** Removes the selected filter; the last one stays. */
    public boolean removeSelectedFilter() {
        if (filters.size() <= 1) {
            return false;
        }
        int index = selected();
        batch(() -> {
            selectedFilter.set(Math.max(0, index - 1));
            filters.remove(index);
        });
        showSelectedKernel();
        return true;
    }

    /** Loads {@code preset}'s kernel into the selected filter, on every colour channel (then edit one channel if wanted). */
    public void applyPreset(KernelPreset preset) {
        Filter f = filters.get(selected());
        syncingKernel = true;
        try {
            kernel.set(preset.kernel());
        } finally {
            syncingKernel = false;
        }
        filters.set(selected(), new Filter(Collections.nCopies(f.channels(), preset.kernel()), f.bias()));
    }

    /** Copies the edited kernel to every channel of the selected filter. */
    public void copyKernelToAllChannels() {
        Filter f = filters.get(selected());
        filters.set(selected(), new Filter(Collections.nCopies(f.channels(), kernel.get()), f.bias()));
    }

    /** The current state as one value, for saving. */
    public PipelineSpec currentSpec() {
        return new PipelineSpec(mode.get(), List.copyOf(filters), paddingMode.get(), customPadding.get(), border.get(),
                stride.get(), dilation.get(), activation.get(), pools.get(), poolSize.get(), poolStride.get());
    }

    /** Restores a saved state; one computation follows. */
    public void applySpec(PipelineSpec spec) {
        batch(() -> {
            mode.set(spec.mode());
            filters.setAll(spec.filters());
            selectedFilter.set(0);
            selectedChannel.set(0);
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
        showSelectedKernel();
    }

    /** Stops the compute thread and releases the last result. Called by the app on close. */
    public void shutdown() {
        shutDown = true;
        worker.close();
        PipelineResult last = result.get();
        if (last != null) {
            result.set(null);
            last.release();
        }
    }

    // ---- internals --------------------------------------------------------------------------

    private int selected() {
        return Math.max(0, Math.min(filters.size() - 1, selectedFilter.get()));
    }

    private void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            batchDepth--;
        }
        edited();
    }

    private void storeEditedKernel(Kernel k) {
        Filter f = filters.get(selected());
        int channel = Math.min(selectedChannel.get(), f.channels() - 1);
        List<Kernel> kernels = new ArrayList<>(f.kernels());
        for (int c = 0; c < kernels.size(); c++) {
            kernels.set(c, c == channel ? k : resized(kernels.get(c), k.height(), k.width()));
        }
        filters.set(selected(), new Filter(kernels, f.bias()));
    }

    private static Kernel resized(Kernel k, int height, int width) {
        if (k.height() == height && k.width() == width) {
            return k;
        }
        float[] w = new float[height * width];
        int dy = (height - k.height()) / 2;
        int dx = (width - k.width()) / 2;
        for (int y = 0; y < k.height(); y++) {
            for (int x = 0; x < k.width(); x++) {
                int ty = y + dy;
                int tx = x + dx;
                if (ty >= 0 && tx >= 0 && ty < height && tx < width) {
                    w[ty * width + tx] = k.get(y, x);
                }
            }
        }
        return Kernel.of(height, width, w);
    }

    private void showSelectedKernel() {
        if (filters.isEmpty()) {
            return;
        }
        Filter f = filters.get(selected());
        syncingKernel = true;
        try {
            kernel.set(f.kernel(Math.min(selectedChannel.get(), f.channels() - 1)));
            bias.set(f.bias());
        } finally {
            syncingKernel = false;
        }
        updateTexts();
    }

    private void convertFilters(ColorMode from, ColorMode to) {
        if (from.inputChannels() == to.inputChannels()) {
            edited();
            return;
        }
        List<Filter> converted = new ArrayList<>();
        for (Filter f : filters) {
            converted.add(to.inputChannels() == 1
                    ? new Filter(List.of(f.kernel(Math.min(selectedChannel.get(), f.channels() - 1))), f.bias())
                    : new Filter(Collections.nCopies(to.inputChannels(), f.kernel(0)), f.bias()));
        }
        batch(() -> {
            selectedChannel.set(0);
            filters.setAll(converted);
        });
        showSelectedKernel();
    }

    /** Computes again with the same settings, e.g. once the app has switched to another engine. */
    public void recompute() {
        edited();
    }

    private void edited() {
        if (batchDepth > 0) {
            return;
        }
        updateTexts();
        FloatPlanes image = mode.get() == ColorMode.GRAY ? gray255 : rgb255;
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
        long editNanos = System.nanoTime();
        long sequence = ++submitted;
        Convolver convolver = engine.get();
        long work = work(image, spec);
        if (fitsInline(work, convolver)) {
            accept(compute(image, spec, convolver, work, editNanos, sequence));
        } else {
            worker.submit(() -> compute(image, spec, convolver, work, editNanos, sequence));
        }
    }

    private boolean fitsInline(long work, Convolver convolver) {
        if (lastComputeNanos < 0 || !convolver.name().equals(lastEngine) || !worker.isIdle()) {
            return false;
        }
        double predicted = (double) lastComputeNanos * work / lastWork;
        return predicted < INLINE_BUDGET_MILLIS * 1e6;
    }

    /** Multiply-adds of the convolutions: pixels times the taps of every kernel of every filter. */
    private static long work(FloatPlanes image, PipelineSpec spec) {
        long taps = 0;
        for (Filter filter : spec.filters()) {
            taps += (long) filter.channels() * filter.kernelHeight() * filter.kernelWidth();
        }
        return (long) image.height() * image.width() * Math.max(1, taps);
    }

    private Outcome compute(FloatPlanes image, PipelineSpec spec, Convolver convolver, long work, long editNanos,
            long sequence) {
        try {
            PipelineResult computed = pipeline.compute(image, spec, convolver);
            return new Outcome(computed, null, work, editNanos, sequence);
        } catch (RuntimeException e) {
            return new Outcome(null, e, 0, editNanos, sequence);
        }
    }

    private void deliver(Outcome outcome) {
        if (shutDown) {
            outcome.release();
            return;
        }
        try {
            fxThread.execute(() -> accept(outcome));
        } catch (IllegalStateException toolkitGone) {
            outcome.release();
        }
    }

    private void accept(Outcome outcome) {
        if (shutDown || outcome.sequence() < shownSequence) {
            outcome.release();
            return;
        }
        shownSequence = outcome.sequence();
        if (outcome.error() != null) {
            errorMessage.set(capitalise(messageFor(outcome.error())));
            return;
        }
        PipelineResult old = result.get();
        resultEditNanos = outcome.editNanos();
        resultArrivalNanos = System.nanoTime();
        lastComputeNanos = outcome.result().computeNanos();
        lastWork = outcome.work();
        lastEngine = outcome.result().engine();
        if (outcome.sequence() == submitted) {
            errorMessage.set("");
        }
        result.set(outcome.result());
        if (old != null) {
            old.release();
        }
        updateTexts();
    }

    /** What the worker could not turn into an outcome: it ran out of memory. */
    private void fail(RuntimeException e) {
        String message = messageFor(e);
        if (shutDown) {
            return;
        }
        try {
            fxThread.execute(() -> errorMessage.set(capitalise(message)));
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("no FX thread to report to", toolkitGone);
        }
    }

    private static String messageFor(RuntimeException e) {
        if (!(e instanceof IllegalArgumentException)) {
            LOG.warn("sandbox computation failed", e);
        }
        return e instanceof IllegalArgumentException || e instanceof IllegalStateException
                ? e.getMessage()
                : "the computation failed (" + e.getClass().getSimpleName() + "); the last result stays on screen";
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "something went wrong; try another setting"
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void updateTexts() {
        if (filters.isEmpty()) {
            return;
        }
        Filter f = filters.get(selected());
        double sum = 0;
        for (Kernel k : f.kernels()) {
            sum += k.sum();
        }
        brightnessText.set(OutputSizeFormula.brightnessEffect(sum)
                + (f.bias() != 0 && mode.get() != ColorMode.DEPTHWISE ? ", then the bias " + NumberText.format(f.bias(), 4)
                        + " is added" : ""));
        FloatPlanes image = mode.get() == ColorMode.GRAY ? gray255 : rgb255;
        if (image == null) {
            formulaText.set("open an image to see the output size");
        } else {
            try {
                ConvGeometry g = new ConvGeometry(paddingMode.get().resolve(f.kernelHeight(), f.kernelWidth(), dilation.get(),
                        customPadding.get()), border.get(), stride.get(), dilation.get());
                formulaText.set(OutputSizeFormula.text(image.height(), image.width(), f.kernelHeight(), f.kernelWidth(), g));
            } catch (IllegalArgumentException e) {
                formulaText.set(e.getMessage());
            }
        }
        statsText.set(statsOf(result.get()));
    }

    private String statsOf(PipelineResult r) {
        if (r == null || r.filters().size() <= selected()) {
            return "";
        }
        FilterResult fr = r.filters().get(selected());
        StringBuilder sb = new StringBuilder();
        for (MapResult m : fr.maps()) {
            if (m.inputChannel() >= 0) {
                sb.append(CHANNEL_NAMES[m.inputChannel()]).append(" map  ");
            }
            MapStats c = m.convStats();
            MapStats a = m.activatedStats();
            sb.append("feature map ").append(m.conv().shapeText()).append(": min ").append(NumberText.format(c.min(), 3))
                    .append(", max ").append(NumberText.format(c.max(), 3)).append(", mean ")
                    .append(NumberText.format(c.mean(), 3)).append("\n");
            sb.append("   ").append(switch (r.spec().activation()) {
                case NONE -> "no activation";
                case RELU -> "after ReLU";
                case LEAKY_RELU -> "after leaky ReLU";
            }).append(": min ").append(NumberText.format(a.min(), 3))
                    .append(", max ").append(NumberText.format(a.max(), 3)).append(", mean ")
                    .append(NumberText.format(a.mean(), 3)).append(", zeros ")
                    .append(NumberText.format(100 * a.zeroFraction(), 1)).append("%\n");
            if (m.maxPooled() != null || m.averagePooled() != null) {
                FloatPlanes p = m.maxPooled() != null ? m.maxPooled() : m.averagePooled();
                sb.append("   pooled ").append(p.shapeText()).append("\n");
            }
            sb.append("   global average ").append(NumberText.format(m.globalAverage(), 3)).append("\n");
        }
        return sb.toString().stripTrailing();
    }

    /** A finished computation with the time of the edit it answers. */
    /** What one edit produced: a result (with its multiply-adds) or the error that stopped it. */
    private record Outcome(PipelineResult result, RuntimeException error, long work, long editNanos, long sequence) {
        void release() {
            if (result != null) {
                result.release();
            }
        }
    }
}
