package org.cnnlab.ui.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
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
import javafx.scene.input.KeyEvent;
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
import org.cnnlab.ui.help.KeyboardShortcuts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel sandbox screen: on the left the kernel editor, presets, filter bank and settings
 * ({@link SandboxControls}); in the centre the input and, for every map, its feature map →
 * activation → pooling panels ({@link PanelGrid}), laid out to fill the space (any one can be
 * maximised for a projector); below, in an area that can be dragged taller, the one-pixel math, the
 * numbers and global average pooling ({@link ArithmeticPane}). Every edit repaints all panels when
 * the view model delivers the new result; no button is needed. When a new image cannot be
 * computed, the panel area says why instead of showing maps of the previous image.
 *
 * <p>Hovering any pixel traces it through every stage; a click pins the trace while the mouse is
 * elsewhere (the state lives in the view model's {@link ProbeState}). Each panel's context menu
 * exports it as PNG, {@code .npy} or CSV through the injected {@link SandboxFiles}; failures appear
 * as one short sentence in the status line. Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo
 * kernel changes.
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
    private final Label panelsMessage = new Label();
    private final Label overlay = new Label();
    private final ScrollPane centreScroll = new ScrollPane();
    private final BooleanProperty controlsHidden = new SimpleBooleanProperty(this, "controlsHidden", false);

    public SandboxView(SandboxViewModel vm, SandboxFiles files) {
        this.vm = Objects.requireNonNull(vm);
        this.files = Objects.requireNonNull(files);
        this.controls = new SandboxControls(vm);
        inputView.setImageMode(true);
        this.grid = new PanelGrid(inputView, vm.probes(), this::exportMenu);
        this.arithmetic = new ArithmeticPane(vm, averages);
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
        setTop(new VBox(topBar(), errorRow()));
        SplitPane work = new SplitPane(centre(), arithmetic);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(arithmetic, false);
        setCenter(work);
        // The sandbox's keys work wherever the focus is (a header button, the engine choice) while the
        // sandbox is the screen on show: the window holds only the current screen, so the filter is
        // on the scene exactly as long as the sandbox is in it.
        EventHandler<KeyEvent> keys = this::shortcut;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                scene.getAccelerators().put(KeyboardShortcuts.HIDE_CONTROLS, () -> controlsHidden.set(!controlsHidden.get()));
            }
        });

        vm.inputProperty().addListener((obs, o, n) -> showInput(n));
        vm.resultProperty().addListener((obs, o, n) -> showResult(n));
        vm.probes().tracedProperty().addListener((obs, o, n) -> grid.showHighlights(n));
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

    /** The panel grid, for tests of its layout. */
    PanelGrid panelGrid() {
        return grid;
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
        statusLabel.getStyleClass().add("sandbox-status");
        statusLabel.setId("sandbox-status");
        ToggleButton hideControls = new ToggleButton("Hide controls");
        hideControls.setId("hide-controls");
        hideControls.setTooltip(new Tooltip("Give the panels the whole width, e.g. on a projector (F9)"));
        hideControls.selectedProperty().bindBidirectional(controlsHidden);
        ToggleButton stretch = new ToggleButton("Contrast stretch");
        stretch.setId("input-contrast-stretch");
        stretch.setTooltip(new Tooltip("Draw the input's darkest value black and its brightest white, so an image of "
                + "0s and 10s (the textbook 6x6) shows its edge instead of two shades of black"));
        stretch.selectedProperty().bindBidirectional(inputView.contrastStretchProperty());
        statusLabel.setWrapText(true);
        statusLabel.setMinWidth(0);
        HBox.setHgrow(statusLabel, Priority.ALWAYS);
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.SOMETIMES);
        for (javafx.scene.control.Labeled fixed : List.of(save, open, hideControls, stretch)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, name, save, open, hideControls, stretch, statusLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("sandbox-top");
        return bar;
    }

    /**
     * Why the last edit could not be computed, on its own full-width row under the toolbar (so a
     * long message wraps instead of squeezing the buttons); hidden while the panel area says it.
     */
    private Node errorRow() {
        errorLabel.getStyleClass().add("sandbox-error");
        errorLabel.setId("sandbox-error");
        errorLabel.setWrapText(true);
        errorLabel.setMaxWidth(Double.MAX_VALUE);
        errorLabel.setPadding(new Insets(0, 8, 4, 8));
        errorLabel.textProperty().bind(vm.errorMessageProperty());
        errorLabel.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty().and(panelsMessage.visibleProperty().not()));
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        return errorLabel;
    }

    private Node centre() {
        ScrollPane scroll = centreScroll;
        scroll.setContent(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("sandbox-centre");
        scroll.viewportBoundsProperty().addListener((obs, o, n) -> grid.setAvailableSize(n.getWidth(), n.getHeight()));

        panelsMessage.setId("panels-message");
        panelsMessage.getStyleClass().add("sandbox-panels-message");
        panelsMessage.setWrapText(true);
        panelsMessage.textProperty().bind(Bindings.concat("No maps for this image. ", vm.errorMessageProperty()));
        panelsMessage.visibleProperty().bind(vm.resultProperty().isNull().and(vm.inputProperty().isNotNull())
                .and(vm.errorMessageProperty().isNotEmpty()));
        panelsMessage.managedProperty().bind(panelsMessage.visibleProperty());
        StackPane stack = new StackPane(scroll, panelsMessage);
        Button showAll = new Button("Show all panels (Esc)");
        showAll.setId("show-all-panels");
        showAll.setOnAction(e -> grid.restoreAll());
        showAll.visibleProperty().bind(grid.maximisedProperty().isNotNull());

        overlay.getStyleClass().add("sandbox-overlay");
        overlay.setId("latency-overlay");
        overlay.textProperty().bind(vm.latency().summaryProperty());
        overlay.visibleProperty().bind(vm.debugOverlayProperty());
        overlay.setMouseTransparent(true);
        stack.getChildren().addAll(showAll, overlay);
        panelsMessage.maxWidthProperty().bind(stack.widthProperty().multiply(0.55));
        StackPane.setAlignment(panelsMessage, Pos.CENTER_RIGHT);
        StackPane.setMargin(panelsMessage, new Insets(20));
        StackPane.setAlignment(showAll, Pos.TOP_RIGHT);
        StackPane.setMargin(showAll, new Insets(8, 24, 0, 0));
        StackPane.setAlignment(overlay, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overlay, new Insets(0, 20, 20, 0));
        return stack;
    }

    /** Ctrl+Z undoes a kernel change, Ctrl+Shift+Z and Ctrl+Y redo it, Esc shows all panels again. */
    private void shortcut(KeyEvent e) {
        if (KeyboardShortcuts.UNDO.match(e)) {
            vm.undo();
            e.consume();
        } else if (KeyboardShortcuts.REDO.stream().anyMatch(keys -> keys.match(e))) {
            vm.redo();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && grid.maximisedProperty().get() != null) {
            grid.restoreAll();
            e.consume();
        }
    }

    // ---- showing results --------------------------------------------------------------------

    private void showInput(FloatPlanes input) {
        if (input == null) {
            inputView.clear();
            return;
        }
        inputView.show(input, input.channels() == 3 ? -1 : 0);
        inputView.setTitle("input " + input.height() + "×" + input.width());
        grid.requestLayout();
    }

    private void showResult(PipelineResult result) {
        if (result == null) {
            grid.clear();
            averages.show(List.of(), List.of());
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
        arithmetic.showEngine(result);
        grid.showHighlights(vm.probes().tracedProperty().get());
        vm.latency().record(vm.resultEditNanos(), result.computeNanos(), vm.resultArrivalNanos(), System.nanoTime());
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
            statusLabel.setText("That did not work; the details are in the log file.");
        }
    }

    @FunctionalInterface
    private interface FileAction {
        Optional<Path> run() throws IOException;
    }
}
