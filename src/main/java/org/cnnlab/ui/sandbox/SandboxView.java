package org.cnnlab.ui.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.ui.controls.KernelEditor;
import org.cnnlab.ui.controls.MapView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel sandbox screen: on the left the kernel editor, presets, filter bank and settings
 * ({@link SandboxControls}); in the centre the input and, for every map, its feature map →
 * activation → pooling panels ({@link PanelGrid}) with global average pooling as bars under them;
 * below, the one-pixel math and the numbers ({@link ArithmeticPane}). Every edit repaints all panels
 * when the view model delivers the new result; no button is needed.
 *
 * <p>Hovering any pixel traces it through every stage; a click pins the trace while the mouse is
 * elsewhere (the state lives in the view model's {@link ProbeState}). Each panel's context menu
 * exports it as PNG, {@code .npy} or CSV through the injected {@link SandboxFiles}; failures appear
 * as one short sentence in the status line.
 */
public final class SandboxView extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxView.class);

    private final SandboxViewModel vm;
    private final SandboxFiles files;
    private final SandboxControls controls;
    private final MapView inputView = new MapView("input");
    private final PanelGrid grid;
    private final GlobalAverageChart averages = new GlobalAverageChart();
    private final ArithmeticPane arithmetic;
    private final Label statusLabel = new Label();
    private final Label errorLabel = new Label();
    private final Label overlay = new Label();
    private final ScrollPane centreScroll = new ScrollPane();
    private final BooleanProperty controlsHidden = new SimpleBooleanProperty(this, "controlsHidden", false);

    public SandboxView(SandboxViewModel vm, SandboxFiles files) {
        this.vm = Objects.requireNonNull(vm);
        this.files = Objects.requireNonNull(files);
        this.controls = new SandboxControls(vm);
        this.grid = new PanelGrid(vm.probes(), this::exportMenu);
        this.arithmetic = new ArithmeticPane(vm);
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
        SplitPane work = new SplitPane(centre(), arithmetic);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(arithmetic, false);
        setCenter(work);
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F9), () -> controlsHidden.set(!controlsHidden.get()));
            }
        });

        inputView.setImageMode(true);
        PanelGrid.watch(inputView, -1, 0, PipelineStage.INPUT, vm.probes());
        inputView.setContextMenu(exportMenu(inputView, "input"));

        vm.inputProperty().addListener((obs, o, n) -> showInput(n));
        vm.resultProperty().addListener((obs, o, n) -> showResult(n));
        vm.probes().tracedProperty().addListener((obs, o, n) -> showHighlights(n));
        showInput(vm.inputProperty().get());
        showResult(vm.resultProperty().get());
    }

    /** The left column grows with the kernel so that an 11x11 grid stays readable. */
    private static void widenForKernel(ScrollPane left, Kernel kernel) {
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
        return grid.panel(filter, map, stage);
    }

    /** The one-pixel math as shown. */
    public String mathText() {
        return arithmetic.mathText();
    }

    /** The status line (file operations). */
    public String statusText() {
        return statusLabel.getText();
    }

    /** The global averages as shown, one per map. */
    public List<String> globalAverageTexts() {
        return averages.shownValues();
    }

    /** Traces pixel {@code (row, column)} of {@code stage} of map row {@code rowIndex} (-1 for the input) and pins it. */
    public void pinPixel(int rowIndex, PipelineStage stage, int row, int column) {
        int[] map = rowIndex < 0 || rowIndex >= grid.rowCount() ? new int[] {-1, 0} : grid.rowAt(rowIndex);
        vm.probes().pin(new ProbeState.Probe(map[0], map[1], stage, row, column));
    }

    // ---- layout -----------------------------------------------------------------------------

    private Node topBar() {
        Label name = new Label();
        name.getStyleClass().add("sandbox-image-name");
        name.textProperty().bind(Bindings.createStringBinding(
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
            grid.clear();
            return;
        }
        grid.show(result);
        List<String> names = new java.util.ArrayList<>();
        List<Float> means = new java.util.ArrayList<>();
        for (int f = 0; f < result.filters().size(); f++) {
            FilterResult fr = result.filters().get(f);
            for (MapResult map : fr.maps()) {
                names.add(SandboxTexts.mapName(f, map));
                means.add(map.globalAverage());
            }
        }
        averages.show(names, means);
        fitPanels();
        arithmetic.showEngine(result);
        showHighlights(vm.probes().tracedProperty().get());
        vm.latency().record(vm.resultEditNanos(), result.computeNanos(), vm.resultArrivalNanos(), System.nanoTime());
    }

    private void showHighlights(ProbeState.Traced traced) {
        PanelGrid.replaceIfChanged(inputView, traced == null ? List.of() : traced.trace().highlights(PipelineStage.INPUT));
        grid.showHighlights(traced);
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
        double em = arithmetic.em();
        int columns = 3 + (grid.anyShows(PipelineStage.MAX_POOL) ? 1 : 0) + (grid.anyShows(PipelineStage.AVERAGE_POOL) ? 1 : 0);
        double chrome = 2 * 8 + 2 * 4 + 14 + 2 * em + grid.getHgap() * columns + 12;
        double side = (viewport.getWidth() - chrome) / columns;
        double perRowChrome = 5 * em;
        int visibleRows = Math.max(1, Math.min(grid.rowCount(), 2));
        side = Math.min(side, (viewport.getHeight() - 24) / visibleRows - perRowChrome);
        double fitted = Math.max(6 * em, Math.min(24 * em, side));
        inputView.setSurfaceSize(fitted);
        grid.panels().forEach(v -> v.setSurfaceSize(fitted));
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
}
