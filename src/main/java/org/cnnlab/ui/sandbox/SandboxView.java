package org.cnnlab.ui.sandbox;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.SplitPane;
import javafx.geometry.Orientation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.ui.controls.KernelEditor;
import org.cnnlab.ui.controls.MapView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel sandbox screen: on the left the kernel editor, presets, filter bank and settings; in
 * the centre the input and, for every map, its feature map → activation → pooling panels side by
 * side (a grid of filters × stages for a filter bank) with global average pooling as bars under them; below,
 * the one-pixel math and the numbers (output-size formula, brightness, statistics). Every edit
 * repaints all panels when the view model delivers the new result; no button is needed.
 *
 * <p>Hovering any pixel traces it through every stage; a click pins the trace while the mouse is
 * elsewhere. Each panel's context menu exports it as PNG, {@code .npy} or CSV through the
 * injected {@link SandboxFiles}; failures appear as one short sentence in the status line.
 */
public final class SandboxView extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxView.class);
    private static final String[] CHANNEL_NAMES = {"R", "G", "B"};
    private static final String MATH_HINT = "Hover or click a pixel of any panel to see its arithmetic.";

    private final SandboxViewModel vm;
    private final SandboxFiles files;
    private final SandboxControls controls;
    private final MapView inputView = new MapView("input");
    private final GridPane grid = new GridPane();
    private final GlobalAverageChart averages = new GlobalAverageChart();
    private final List<MapRow> rows = new ArrayList<>();
    private final Label mathLabel = new Label(MATH_HINT);
    private final Label formulaLabel = new Label();
    private final Label brightnessLabel = new Label();
    private final Label statsLabel = new Label();
    private final Label engineLabel = new Label();
    private final Label statusLabel = new Label();
    private final Label errorLabel = new Label();
    private final Label overlay = new Label();
    private final ScrollPane centreScroll = new ScrollPane();
    private final BooleanProperty controlsHidden = new SimpleBooleanProperty(this, "controlsHidden", false);
    private Probe hoverProbe;
    private Probe pinnedProbe;

    public SandboxView(SandboxViewModel vm, SandboxFiles files) {
        this.vm = Objects.requireNonNull(vm);
        this.files = Objects.requireNonNull(files);
        this.controls = new SandboxControls(vm);
        getStyleClass().add("sandbox-view");
        getStylesheets().add(SandboxView.class.getResource("/org/cnnlab/ui/sandbox.css").toExternalForm());

        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        widenForKernel(left, vm.kernelProperty().get());
        vm.kernelProperty().addListener((obs, o, n) -> widenForKernel(left, n));
        left.getStyleClass().add("sandbox-left");
        setLeft(left);
        controlsHidden.addListener((obs, o, hidden) -> setLeft(hidden ? null : left));
        setTop(topBar());
        SplitPane work = new SplitPane(centre(), bottom());
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(work.getItems().get(1), false);
        setCenter(work);
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F9), () -> controlsHidden.set(!controlsHidden.get()));
            }
        });

        inputView.setImageMode(true);
        watch(inputView, -1, PipelineStage.INPUT);
        inputView.setContextMenu(exportMenu(inputView, "input"));

        vm.inputProperty().addListener((obs, o, n) -> showInput(n));
        vm.resultProperty().addListener((obs, o, n) -> showResult(n));
        showInput(vm.inputProperty().get());
        showResult(vm.resultProperty().get());
    }

    /** The left column grows with the kernel so that an 11x11 grid stays readable. */
    private static void widenForKernel(ScrollPane left, org.cnnlab.engine.Kernel kernel) {
        int side = kernel == null ? 3 : Math.max(kernel.height(), kernel.width());
        double em = side > 8 ? 31 : side > 6 ? 27 : 22;
        left.setStyle("-fx-pref-width: " + em + "em; -fx-min-width: 18em;");
    }

    public SandboxViewModel viewModel() {
        return vm;
    }

    /** Shows the latency overlay (p50/p95 of edit → repaint); the app toggles it with F12. */
    public BooleanProperty debugOverlayProperty() {
        return vm.debugOverlayProperty();
    }

    /** True while the left column of controls is hidden so the panels use the whole width. */
    public BooleanProperty controlsHiddenProperty() {
        return controlsHidden;
    }

    /** The kernel editor, for focus handling and tests. */
    public KernelEditor kernelEditor() {
        return controls.editor();
    }

    /** The input panel. */
    public MapView inputPanel() {
        return inputView;
    }

    /** The panel of {@code stage} for map {@code map} of filter {@code filter}, if shown. */
    public Optional<MapView> panel(int filter, int map, PipelineStage stage) {
        if (stage == PipelineStage.INPUT) {
            return Optional.of(inputView);
        }
        return rows.stream().filter(r -> r.filter == filter && r.map == map).findFirst().map(r -> r.views.get(stage))
                .filter(v -> v.isVisible());
    }

    /** The one-pixel math as shown. */
    public String mathText() {
        return mathLabel.getText();
    }

    /** The status line (file operations). */
    public String statusText() {
        return statusLabel.getText();
    }

    /** The global averages as shown, one per map. */
    public List<String> globalAverageTexts() {
        return averages.shownValues();
    }

    // ---- layout -----------------------------------------------------------------------------

    private Node topBar() {
        Label name = new Label();
        name.getStyleClass().add("sandbox-image-name");
        name.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.imageNameProperty().get().isEmpty() ? "no image" : vm.imageNameProperty().get(),
                vm.imageNameProperty()));
        Button save = new Button("Save kernel set…");
        save.setId("save-kernels");
        save.setOnAction(e -> fileAction("saved", () -> files.saveKernelSet(window(), vm.currentSpec())));
        Button open = new Button("Open kernel set…");
        open.setId("open-kernels");
        open.setOnAction(e -> openKernelSet());
        errorLabel.getStyleClass().add("sandbox-error");
        errorLabel.setId("sandbox-error");
        errorLabel.setWrapText(true);
        errorLabel.textProperty().bind(vm.errorMessageProperty());
        errorLabel.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        statusLabel.getStyleClass().add("sandbox-status");
        statusLabel.setId("sandbox-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(errorLabel, Priority.SOMETIMES);
        ToggleButton hideControls = new ToggleButton("Hide controls");
        hideControls.setId("hide-controls");
        hideControls.setTooltip(new Tooltip("Give the panels the whole width, e.g. on a projector (F9)"));
        hideControls.selectedProperty().bindBidirectional(controlsHidden);
        HBox bar = new HBox(8, name, save, open, hideControls, statusLabel, spacer, errorLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("sandbox-top");
        return bar;
    }

    private Node centre() {
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        grid.getStyleClass().add("sandbox-panels");
        VBox stages = new VBox(8, grid, averages);
        averages.setPadding(new Insets(0, 8, 8, 8));
        HBox content = new HBox(14, inputView, stages);
        content.setFillHeight(false);
        content.setPadding(new Insets(4));
        ScrollPane scroll = centreScroll;
        scroll.setContent(content);
        scroll.getStyleClass().add("sandbox-centre");
        scroll.viewportBoundsProperty().addListener((obs, o, n) -> {
            if (o == null || o.getWidth() != n.getWidth() || o.getHeight() != n.getHeight()) {
                fitPanels();
            }
        });
        overlay.getStyleClass().add("sandbox-overlay");
        overlay.setId("latency-overlay");
        overlay.textProperty().bind(vm.latency().summaryProperty());
        overlay.visibleProperty().bind(vm.debugOverlayProperty());
        overlay.setMouseTransparent(true);
        StackPane stack = new StackPane(scroll, overlay);
        StackPane.setAlignment(overlay, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overlay, new Insets(0, 20, 20, 0));
        return stack;
    }

    private Node bottom() {
        mathLabel.getStyleClass().add("sandbox-math");
        mathLabel.setId("pixel-math");
        mathLabel.setWrapText(true);
        mathLabel.setMaxWidth(Double.MAX_VALUE);
        Label mathTitle = new Label("One-pixel math");
        mathTitle.getStyleClass().add("map-title");
        ScrollPane mathScroll = new ScrollPane(mathLabel);
        mathScroll.setFitToWidth(true);
        mathScroll.setStyle("-fx-pref-height: 6em;");
        VBox math = new VBox(2, mathTitle, mathScroll);
        HBox.setHgrow(math, Priority.ALWAYS);

        formulaLabel.textProperty().bind(vm.formulaTextProperty());
        formulaLabel.setId("formula");
        brightnessLabel.textProperty().bind(vm.brightnessTextProperty());
        brightnessLabel.setId("brightness");
        statsLabel.textProperty().bind(vm.statsTextProperty());
        statsLabel.setId("stats");
        for (Label l : List.of(formulaLabel, brightnessLabel, statsLabel, engineLabel)) {
            l.setWrapText(true);
            l.getStyleClass().add("sandbox-number");
        }
        formulaLabel.setTooltip(new Tooltip("output size = floor((n + 2p − k) / s) + 1"));
        Label numbersTitle = new Label("Output size and statistics");
        numbersTitle.getStyleClass().add("map-title");
        VBox numbersBox = new VBox(2, formulaLabel, brightnessLabel, statsLabel, engineLabel);
        ScrollPane numbersScroll = new ScrollPane(numbersBox);
        numbersScroll.setFitToWidth(true);
        numbersScroll.setStyle("-fx-pref-height: 6em;");
        VBox numbers = new VBox(2, numbersTitle, numbersScroll);
        numbers.setStyle("-fx-pref-width: 34em; -fx-min-width: 20em;");
        HBox box = new HBox(10, math, numbers);
        box.setPadding(new Insets(4, 8, 6, 8));
        box.getStyleClass().add("sandbox-bottom");
        return box;
    }

    // ---- showing results --------------------------------------------------------------------

    private void showInput(FloatPlanes input) {
        if (input == null) {
            inputView.clear();
            return;
        }
        inputView.show(input, input.channels() == 3 ? -1 : 0);
        inputView.setTitle((input.channels() == 3 ? "input (colour)" : "input (gray)") + " " + input.height() + "×"
                + input.width());
    }

    private void showResult(PipelineResult result) {
        if (result == null) {
            for (MapRow r : rows) {
                r.views.values().forEach(MapView::clear);
            }
            return;
        }
        layoutRows(result);
        List<String> names = new ArrayList<>();
        List<Float> means = new ArrayList<>();
        PipelineSpec spec = result.spec();
        int i = 0;
        for (int f = 0; f < result.filters().size(); f++) {
            FilterResult fr = result.filters().get(f);
            for (int m = 0; m < fr.maps().size(); m++) {
                MapResult map = fr.maps().get(m);
                MapRow row = rows.get(i++);
                String prefix = rowName(result, f, map);
                row.label.setText(prefix);
                row.views.get(PipelineStage.CONV).show(map.conv(), 0, map.convStats());
                row.views.get(PipelineStage.CONV).setTitle("feature map");
                row.views.get(PipelineStage.ACTIVATION).show(map.activated(), 0, map.activatedStats());
                row.views.get(PipelineStage.ACTIVATION).setTitle(activationTitle(spec));
                showPooled(row.views.get(PipelineStage.MAX_POOL), map.maxPooled(), "max pool", spec);
                showPooled(row.views.get(PipelineStage.AVERAGE_POOL), map.averagePooled(), "average pool", spec);
                names.add(prefix);
                means.add(map.globalAverage());
            }
        }
        averages.show(names, means);
        fitPanels();
        engineLabel.setText("engine " + result.engine() + ", computed in "
                + org.cnnlab.ui.controls.NumberText.format(result.computeNanos() / 1e6, 1) + " ms");
        updateTrace();
        vm.latency().record(vm.resultEditNanos(), result.computeNanos(), vm.resultArrivalNanos(), System.nanoTime());
    }

    private static String rowName(PipelineResult result, int filter, MapResult map) {
        String name = "filter " + (filter + 1);
        return map.inputChannel() >= 0 ? name + " " + CHANNEL_NAMES[map.inputChannel()] : name;
    }

    private static String activationTitle(PipelineSpec spec) {
        return switch (spec.activation()) {
            case NONE -> "no activation";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
        };
    }

    private static void showPooled(MapView view, FloatPlanes pooled, String name, PipelineSpec spec) {
        if (pooled == null) {
            view.clear();
            view.setVisible(false);
            view.setManaged(false);
            return;
        }
        view.setVisible(true);
        view.setManaged(true);
        view.show(pooled, 0);
        view.setTitle(name + " " + spec.poolSize() + "×" + spec.poolSize() + " /" + spec.poolStride());
    }

    private void layoutRows(PipelineResult result) {
        List<int[]> wanted = new ArrayList<>();
        for (int f = 0; f < result.filters().size(); f++) {
            for (int m = 0; m < result.filters().get(f).maps().size(); m++) {
                wanted.add(new int[] {f, m});
            }
        }
        boolean same = wanted.size() == rows.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            same = rows.get(i).filter == wanted.get(i)[0] && rows.get(i).map == wanted.get(i)[1];
        }
        if (same) {
            return;
        }
        for (MapRow r : rows) {
            r.views.values().forEach(MapView::clear);
        }
        rows.clear();
        grid.getChildren().clear();
        hoverProbe = null;
        for (int i = 0; i < wanted.size(); i++) {
            int f = wanted.get(i)[0];
            int m = wanted.get(i)[1];
            Map<PipelineStage, MapView> views = new EnumMap<>(PipelineStage.class);
            for (PipelineStage stage : List.of(PipelineStage.CONV, PipelineStage.ACTIVATION, PipelineStage.MAX_POOL, PipelineStage.AVERAGE_POOL)) {
                MapView view = new MapView(stage.label());
                view.setId("panel-" + f + "-" + m + "-" + stage.name().toLowerCase(java.util.Locale.ROOT));
                watch(view, i, stage);
                view.setContextMenu(exportMenu(view, "filter" + (f + 1) + (m > 0 || result.spec().mode() == ColorMode.DEPTHWISE
                        ? "-" + CHANNEL_NAMES[m] : "") + "-" + stage.name().toLowerCase(java.util.Locale.ROOT)));
                views.put(stage, view);
            }
            Label label = new Label();
            label.getStyleClass().add("sandbox-row-label");
            label.setRotate(-90);
            MapRow row = new MapRow(f, m, views, label);
            rows.add(row);
            grid.addRow(i, new javafx.scene.Group(label), views.get(PipelineStage.CONV), views.get(PipelineStage.ACTIVATION),
                    views.get(PipelineStage.MAX_POOL), views.get(PipelineStage.AVERAGE_POOL));
        }
    }

    /**
     * Sizes the panels so that one row of stages fits the visible width (and, for a single row,
     * the height), between 6 and 24 em.
     */
    private void fitPanels() {
        var viewport = centreScroll.getViewportBounds();
        if (viewport == null || viewport.getWidth() <= 0) {
            return;
        }
        double em = formulaLabel.getFont().getSize();
        boolean anyMax = rows.stream().anyMatch(r -> r.views.get(PipelineStage.MAX_POOL).isManaged());
        boolean anyAvg = rows.stream().anyMatch(r -> r.views.get(PipelineStage.AVERAGE_POOL).isManaged());
        int columns = 3 + (anyMax ? 1 : 0) + (anyAvg ? 1 : 0);
        double chrome = 2 * 8 + 2 * 4 + 14 + 2 * em + grid.getHgap() * columns + 12;
        double side = (viewport.getWidth() - chrome) / columns;
        double perRowChrome = 5 * em;
        int visibleRows = Math.max(1, Math.min(rows.size(), 2));
        side = Math.min(side, (viewport.getHeight() - 24) / visibleRows - perRowChrome);
        double fitted = Math.max(6 * em, Math.min(24 * em, side));
        inputView.setSurfaceSize(fitted);
        for (MapRow r : rows) {
            r.views.values().forEach(v -> v.setSurfaceSize(fitted));
        }
    }

    // ---- one-pixel math ---------------------------------------------------------------------

    private void watch(MapView view, int rowIndex, PipelineStage stage) {
        view.hoveredPixelProperty().addListener((obs, o, n) -> {
            hoverProbe = n == null ? null : new Probe(rowIndex, stage, n);
            updateTrace();
        });
        view.onPixelClickedProperty().set(p -> {
            pinnedProbe = new Probe(rowIndex, stage, p);
            updateTrace();
        });
    }

    /** Traces pixel {@code (row, column)} of {@code stage} of map row {@code rowIndex} (-1 for the input) and pins it. */
    public void pinPixel(int rowIndex, PipelineStage stage, int row, int column) {
        pinnedProbe = new Probe(rowIndex, stage, new int[] {row, column});
        updateTrace();
    }

    private void updateTrace() {
        Probe probe = hoverProbe != null ? hoverProbe : pinnedProbe;
        PipelineResult result = vm.resultProperty().get();
        int rowIndex = probe == null ? -1 : probe.row < 0 ? firstRowOfSelectedFilter() : probe.row;
        MapRow row = rowIndex >= 0 && rowIndex < rows.size() ? rows.get(rowIndex) : null;
        MapView source = row == null ? null : probe.stage == PipelineStage.INPUT ? inputView : row.views.get(probe.stage);
        if (result == null || source == null || !source.hasMap() || probe.pixel[0] >= source.mapHeight()
                || probe.pixel[1] >= source.mapWidth()) {
            showHighlights(null, null);
            mathLabel.setText(MATH_HINT);
            return;
        }
        try {
            PixelTrace trace = PixelTrace.of(result, row.filter, row.map, probe.stage, probe.pixel[0], probe.pixel[1]);
            showHighlights(row, trace);
            String header = rows.size() > 1 ? rowName(result, row.filter, result.filters().get(row.filter).maps().get(row.map))
                    + ": " : "";
            mathLabel.setText(header + trace.text());
        } catch (RuntimeException e) {
            LOG.debug("could not trace pixel", e);
            showHighlights(null, null);
            mathLabel.setText("This pixel cannot be traced in the current result.");
        }
    }

    /** Sets each panel's outlines from {@code trace} (none for other rows), touching only panels whose outlines change. */
    private void showHighlights(MapRow traced, PixelTrace trace) {
        replaceIfChanged(inputView, trace == null ? List.of() : trace.highlights(PipelineStage.INPUT));
        for (MapRow r : rows) {
            for (Map.Entry<PipelineStage, MapView> e : r.views.entrySet()) {
                replaceIfChanged(e.getValue(), r == traced ? trace.highlights(e.getKey()) : List.of());
            }
        }
    }

    private static void replaceIfChanged(MapView view, List<org.cnnlab.ui.controls.Highlight> wanted) {
        if (!view.highlights().equals(wanted)) {
            view.highlights().setAll(wanted);
        }
    }

    private int firstRowOfSelectedFilter() {
        int selected = vm.selectedFilterProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).filter == selected) {
                return i;
            }
        }
        return 0;
    }

    // ---- files ------------------------------------------------------------------------------

    private ContextMenu exportMenu(MapView view, String name) {
        MenuItem png = new MenuItem("Export as PNG…");
        png.setOnAction(e -> {
            if (view.hasMap()) {
                fileAction("exported", () -> files.exportPng(window(), name, view.renderedImage()));
            }
        });
        MenuItem npy = new MenuItem("Export values as .npy…");
        npy.setOnAction(e -> {
            if (view.hasMap()) {
                fileAction("exported", () -> files.exportNpy(window(), name, values(view)));
            }
        });
        MenuItem csv = new MenuItem("Export values as CSV…");
        csv.setOnAction(e -> {
            if (view.hasMap()) {
                fileAction("exported", () -> files.exportCsv(window(), name, values(view)));
            }
        });
        return new ContextMenu(png, npy, csv);
    }

    private static FloatPlanes values(MapView view) {
        return view.channel() < 0 ? view.map().copy() : view.map().plane(view.channel());
    }

    private void openKernelSet() {
        fileAction("opened", () -> {
            Optional<SandboxFiles.LoadedKernelSet> loaded = files.openKernelSet(window());
            loaded.ifPresent(set -> vm.applySpec(set.spec()));
            return loaded.map(SandboxFiles.LoadedKernelSet::path);
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void fileAction(String done, FileAction action) {
        try {
            action.run().ifPresent(path -> statusLabel.setText(done + " " + path.getFileName()));
        } catch (IOException e) {
            statusLabel.setText(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("file operation failed", e);
            statusLabel.setText("That did not work: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface FileAction {
        Optional<Path> run() throws IOException;
    }

    private record Probe(int row, PipelineStage stage, int[] pixel) {
    }

    private record MapRow(int filter, int map, Map<PipelineStage, MapView> views, Label label) {
    }
}
