package org.cnnlab.ui.studio.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.model.ModelSummary;

/**
 * The dataset browser panel: pick MNIST or Fashion-MNIST and the training or test split; see the
 * tensor shape as NumPy prints it, the pixel type and range, how many samples each class has, and
 * the samples themselves a page at a time (filtered by class). Clicking a sample enlarges it; the
 * mouse over the enlargement reads its pixel values.
 */
public final class DatasetBrowserView extends BorderPane implements AutoCloseable {
    /** The part of the browser's width the class chart and sample tabs get. */
    private static final double DETAILS_SHARE = 0.4;

    private final DatasetBrowserViewModel vm;
    private final SampleGrid grid = new SampleGrid();
    private final PixelZoom zoom = new PixelZoom();
    private final Label shape = new Label();
    private final Label range = new Label();
    private final Label dtype = new Label(DatasetBrowserViewModel.DTYPE);
    private final Label pageLabel = new Label();
    private final Label sampleCaption = new Label("Click a sample on the left to see it enlarged.");
    private final Label hoverCaption = new Label();
    private final CategoryAxis classAxis = new CategoryAxis();
    private final NumberAxis countAxis = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(classAxis, countAxis);
    private final ComboBox<String> filter = new ComboBox<>();
    private final TabPane details = new TabPane();
    private final Tab sampleTab = new Tab("Sample");
    private boolean fillingFilter;

    /** Browses the datasets bundled with the application. */
    public DatasetBrowserView() {
        this(new DatasetBrowserViewModel());
    }

    public DatasetBrowserView(DatasetBrowserViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
        getStyleClass().add("studio-data");
        getStylesheets().add(DatasetBrowserView.class.getResource("/org/cnnlab/ui/studio/studio.css").toExternalForm());
        setPadding(new Insets(8));
        setTop(topBar());
        setCenter(samples());
        setRight(detailsPane());
        BorderPane.setMargin(getRight(), new Insets(0, 0, 0, 10));

        grid.setOnPick(index -> {
            vm.select(index);
            details.getSelectionModel().select(sampleTab);
        });
        zoom.setOnHover(hoverCaption::setText);
        vm.datasetProperty().addListener((obs, o, n) -> showDataset(n));
        vm.pageSamplesProperty().addListener((obs, o, n) -> showPage());
        vm.selectedSampleProperty().addListener((obs, o, n) -> showSelected());
        showDataset(vm.datasetProperty().get());
    }

    public DatasetBrowserViewModel viewModel() {
        return vm;
    }

    /** The shape as shown, e.g. {@code (60000, 28, 28)}. */
    public String shapeText() {
        return shape.getText();
    }

    /** The class names on the bar chart's axis, in label order. */
    public List<String> chartClassNames() {
        return List.copyOf(classAxis.getCategories());
    }

    /** The dataset index in grid cell (row, column) of the current page; -1 when empty. */
    public int sampleAt(int row, int column) {
        return grid.sampleAt(row, column);
    }

    /** The caption under the enlarged sample while the mouse is over pixel (row, column). */
    public String hoverTextAt(int row, int column) {
        zoom.hoverPixel(row, column);
        return hoverCaption.getText();
    }

    @Override
    public void close() {
        vm.close();
    }

    // ---- layout -----------------------------------------------------------------------------

    private VBox topBar() {
        ComboBox<DatasetId> dataset = new ComboBox<>(FXCollections.observableArrayList(DatasetId.values()));
        dataset.setId("data-dataset");
        dataset.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetId id) {
                return id == null ? "" : id.displayName();
            }

            @Override
            public DatasetId fromString(String text) {
                return dataset.getValue();
            }
        });
        dataset.valueProperty().bindBidirectional(vm.datasetIdProperty());
        dataset.setTooltip(new Tooltip("MNIST: handwritten digits 0–9. Fashion-MNIST: photos of ten kinds of clothing,"
                + " same size, harder to tell apart."));

        ToggleGroup splits = new ToggleGroup();
        ToggleButton train = splitButton("Training set", DatasetSplit.TRAIN, splits,
                "The 60,000 images the network learns from.");
        ToggleButton test = splitButton("Test set", DatasetSplit.TEST, splits,
                "The 10,000 images kept apart to measure how well the network does on images it has never seen.");
        splits.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                vm.splitProperty().set((DatasetSplit) n.getUserData());
            }
        });
        (vm.splitProperty().get() == DatasetSplit.TRAIN ? train : test).setSelected(true);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("data-progress");
        progress.setStyle("-fx-pref-width: 1.6em; -fx-pref-height: 1.6em;");
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label loading = new Label("Loading…");
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        shape.setId("data-shape");
        range.setId("data-range");
        dtype.setId("data-dtype");
        for (Label value : List.of(shape, range, dtype)) {
            value.getStyleClass().add("studio-stat");
        }
        Label shapeName = hint(new Label("Shape"), "The array as NumPy prints x_train.shape: (images, rows, columns).");
        Label rangeName = hint(new Label("Values"), "The darkest and brightest pixel: 0 is black, 255 is white.");
        Label dtypeName = hint(new Label("dtype"), "Each pixel is one unsigned byte (0–255). Networks get them divided by 255, as 0–1.");

        Label error = new Label();
        error.setId("data-error");
        error.getStyleClass().add("studio-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorMessageProperty());
        error.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        FlowPane bar = new FlowPane(8, 6, new Label("Dataset"), dataset, train, test, progress, loading, gap(), shapeName,
                shape, gap(), rangeName, range, gap(), dtypeName, dtype);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, error);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private ToggleButton splitButton(String text, DatasetSplit split, ToggleGroup group, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId("data-split-" + split.name().toLowerCase(Locale.ROOT));
        button.setUserData(split);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static Label hint(Label label, String tip) {
        label.setTooltip(new Tooltip(tip));
        return label;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setStyle("-fx-pref-width: 0.8em;");
        return gap;
    }

    private VBox samples() {
        filter.setId("data-filter");
        filter.setTooltip(new Tooltip("Show only the samples of one class."));
        filter.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (!fillingFilter && n.intValue() >= 0) {
                vm.classFilterProperty().set(n.intValue() - 1);
            }
        });
        Button first = pageButton("« First", "data-first", "Back to the first page", () -> vm.showPage(0));
        Button previous = pageButton("◀ Previous", "data-previous", "Previous page", vm::previousPage);
        Button next = pageButton("Next ▶", "data-next", "Next page", vm::nextPage);
        Button last = pageButton("Last »", "data-last", "Jump to the last page", () -> vm.showPage(vm.pageCountProperty().get() - 1));
        first.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        previous.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        next.disableProperty().bind(vm.pageProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        last.disableProperty().bind(next.disableProperty());
        pageLabel.setId("data-page");
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.pageText() + "  ("
                + ModelSummary.grouped(vm.matchingCountProperty().get()) + " samples)",
                vm.pageProperty(), vm.pageCountProperty(), vm.matchingCountProperty()));
        FlowPane controls = new FlowPane(6, 6, new Label("Show"), filter, gap(), first, previous, pageLabel, next, last);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (Node node : controls.getChildren()) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        grid.setId("data-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);
        Tooltip.install(grid, new Tooltip("Each picture is one 28x28 sample with its label. Click one to enlarge it."));
        return new VBox(6, controls, grid);
    }

    private Button pageButton(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private TabPane detailsPane() {
        chart.setId("data-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle("Samples per class");
        countAxis.setLabel("samples");
        countAxis.setForceZeroInRange(true);
        classAxis.setAnimated(false);
        Label chartHint = new Label("Click a bar to show only that class.");
        chartHint.getStyleClass().add("studio-caption");
        chartHint.setWrapText(true);
        chartHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox chartBox = new VBox(4, chart, chartHint);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chartBox.setPadding(new Insets(6));
        Tab countsTab = new Tab("Class counts", chartBox);

        sampleCaption.setId("data-sample-caption");
        sampleCaption.setWrapText(true);
        sampleCaption.getStyleClass().add("studio-strong");
        hoverCaption.setId("data-hover");
        hoverCaption.getStyleClass().add("studio-stat");
        hoverCaption.setMinHeight(Region.USE_PREF_SIZE);
        zoom.setId("data-zoom");
        VBox.setVgrow(zoom, Priority.ALWAYS);
        Label zoomHint = new Label("Move the mouse over the picture to read its pixel values.");
        zoomHint.getStyleClass().add("studio-caption");
        VBox sampleBox = new VBox(6, sampleCaption, zoom, hoverCaption, zoomHint);
        sampleBox.setPadding(new Insets(6));
        sampleTab.setContent(sampleBox);

        details.getTabs().addAll(countsTab, sampleTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A share of the browser rather than a fixed 30em: beside the studio's settings on a
        // 1280-pixel projector, a fixed width pushed the pane and the top bar's values out of sight.
        details.setStyle("-fx-min-width: 14em;");
        details.prefWidthProperty().bind(widthProperty().multiply(DETAILS_SHARE));
        return details;
    }

    // ---- updates ----------------------------------------------------------------------------

    private void showDataset(Dataset dataset) {
        shape.setText(vm.shapeText().isEmpty() ? "—" : vm.shapeText());
        range.setText(vm.rangeText().isEmpty() ? "—" : vm.rangeText());
        fillingFilter = true;
        try {
            List<String> names = dataset == null ? vm.datasetIdProperty().get().classNames() : dataset.classNames();
            filter.getItems().setAll("All classes");
            for (int label = 0; label < names.size(); label++) {
                filter.getItems().add(label + ": " + names.get(label));
            }
            filter.getSelectionModel().select(vm.classFilterProperty().get() + 1);
        } finally {
            fillingFilter = false;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ClassCount count : vm.classCounts()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(count.name(), count.count());
            bar.nodeProperty().addListener((obs, o, node) -> {
                if (node != null) {
                    node.setCursor(Cursor.HAND);
                    Tooltip.install(node, new Tooltip(count.name() + ": " + ModelSummary.grouped(count.count()) + " samples"));
                    node.setOnMouseClicked(e -> filter.getSelectionModel().select(count.label() + 1));
                }
            });
            series.getData().add(bar);
        }
        classAxis.getCategories().setAll(vm.classCounts().stream().map(ClassCount::name).toList());
        chart.getData().setAll(List.of(series));
        chart.setTitle(dataset == null ? "Samples per class" : "Samples per class (" + ModelSummary.grouped(dataset.size())
                + " in all)");
        showPage();
        showSelected();
    }

    private void showPage() {
        grid.show(vm.datasetProperty().get(), vm.pageSamplesProperty().get());
        grid.setSelected(vm.selectedSampleProperty().get());
    }

    private void showSelected() {
        Dataset dataset = vm.datasetProperty().get();
        int index = vm.selectedSampleProperty().get();
        grid.setSelected(index);
        zoom.show(dataset, index);
        hoverCaption.setText("");
        if (dataset == null || index < 0) {
            sampleCaption.setText("Click a sample on the left to see it enlarged.");
        } else {
            int label = dataset.label(index);
            sampleCaption.setText("Sample " + ModelSummary.grouped(index) + " of the " + dataset.split().displayName()
                    + ": label " + label + (dataset.id() == DatasetId.MNIST ? "" : " (" + dataset.className(label) + ")"));
        }
    }
}
