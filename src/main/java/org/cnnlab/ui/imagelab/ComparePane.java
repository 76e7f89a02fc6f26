package org.cnnlab.ui.imagelab;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.imaging.ColorMap;
import org.cnnlab.imaging.ComparisonReport;

/**
 * "Compare decoders": the same file decoded by every decoder, one table row each (size, channels,
 * order, sample type, observed range, time, or why it refused), and for a chosen pair the largest
 * difference as stored and aligned by colour, a one-line explanation and a difference heatmap.
 */
public final class ComparePane extends VBox {
    /** Room the column header keeps around its title, in pixels. */

    private final ImageLabViewModel viewModel;
    private final TableView<Property> table = new TableView<>();
    private final ComboBox<DecoderOutcome> firstBox = new ComboBox<>();
    private final ComboBox<DecoderOutcome> secondBox = new ComboBox<>();
    private final ToggleButton storedToggle = new ToggleButton("as stored");
    private final ToggleButton alignedToggle = new ToggleButton("aligned by colour");
    private final Label storedLabel = new Label();
    private final Label alignedLabel = new Label();
    private final Label headline = new Label();
    private final Label details = new Label();
    private final HeatmapPanel heatmap = new HeatmapPanel("Difference per pixel", 300);
    private boolean updatingBoxes;

    public ComparePane(ImageLabViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("lab-section");
        Label note = new Label("One file, every decoder. Differences are measured on values scaled to 0–1 "
                + "(raw ÷ full scale): as stored compares channel 0 with channel 0; aligned compares red with red.");
        note.getStyleClass().add("section-note");
        note.setWrapText(true);
        Button run = new Button("Decode with every decoder");
        run.setId("compareButton");
        run.setOnAction(e -> viewModel.compareAll());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy-indicator");
        busy.visibleProperty().bind(viewModel.comparingProperty());
        run.disableProperty().bind(viewModel.fileProperty().isNull());
        HBox runRow = new HBox(run, busy);
        runRow.getStyleClass().add("control-row");

        buildTable();
        buildPairControls();
        FlowPane pairRow = new FlowPane(6, 6, unsqueezed(new Label("Compare")), firstBox, unsqueezed(new Label("with")),
                secondBox, unsqueezed(new Label("heatmap")), unsqueezed(storedToggle), unsqueezed(alignedToggle));
        pairRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        storedLabel.setId("storedDifference");
        alignedLabel.setId("alignedDifference");
        headline.setId("compareHeadline");
        headline.getStyleClass().add("difference-summary");
        headline.setWrapText(true);
        details.setWrapText(true);
        VBox numbers = new VBox(headline, storedLabel, alignedLabel, details);
        numbers.getStyleClass().add("compare-numbers");
        HBox.setHgrow(numbers, Priority.ALWAYS);
        HBox result = new HBox(numbers, heatmap);
        result.getStyleClass().add("compare-result");
        getChildren().addAll(note, runRow, table, pairRow, result);

        viewModel.comparison().addListener((ListChangeListener<DecoderOutcome>) change -> refreshBoxes());
        viewModel.pairComparisonProperty().addListener((obs, old, now) -> showPair(now));
        showPair(null);
    }

    public TableView<Property> table() {
        return table;
    }

    public String headlineText() {
        return headline.getText();
    }

    public void setPanelSize(double size) {
        heatmap.setDisplaySize(size);
    }

    /**
     * One row of the comparison: a property ("Size", "Channel order", …) and how to read it from
     * each decoder's outcome. Decoders are the columns, so that eight properties never squeeze
     * into eight narrow columns on a projector: four decoders fit side by side, and every cell wraps.
     * The decoders' names are the first row rather than column headers, which cannot wrap.
     */
    public record Property(String name, Function<DecoderOutcome, String> value) {
    }

    private static final List<Property> PROPERTIES = List.of(
            new Property("Decoder", DecoderOutcome::name),
            new Property("Size", DecoderOutcome::sizeText),
            new Property("Channels", DecoderOutcome::channelsText),
            new Property("Channel order", DecoderOutcome::orderText),
            new Property("Sample type", DecoderOutcome::typeText),
            new Property("Value range", DecoderOutcome::rangeText),
            new Property("Decode time", DecoderOutcome::timeText),
            new Property("Result", DecoderOutcome::statusText));

    private void buildTable() {
        table.setId("compareTable");
        table.setPlaceholder(new Label("Press \"Decode with every decoder\" to see what each one makes of this file."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add("compare-table");
        viewModel.comparison().addListener((javafx.collections.ListChangeListener<DecoderOutcome>) c -> rebuildColumns());
        rebuildColumns();
    }

    private void rebuildColumns() {
        List<DecoderOutcome> outcomes = List.copyOf(viewModel.comparison());
        if (outcomes.isEmpty()) {
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        List<TableColumn<Property, String>> columns = new java.util.ArrayList<>();
        columns.add(column(Property::name, 8));
        for (DecoderOutcome outcome : outcomes) {
            columns.add(column(property -> property.value().apply(outcome), 12));
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(PROPERTIES);
    }

    private static TableColumn<Property, String> column(Function<Property, String> value, double ems) {
        // No header text: the header is hidden, and the decoders' names are the first row.
        TableColumn<Property, String> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 6);
        column.setSortable(false);
        column.setReorderable(false);
        WrappingTextCell.install(column);
        return column;
    }

    private static <T extends Region> T unsqueezed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    private void buildPairControls() {
        firstBox.setId("firstDecoderBox");
        secondBox.setId("secondDecoderBox");
        StringConverter<DecoderOutcome> names = new StringConverter<>() {
            @Override
            public String toString(DecoderOutcome outcome) {
                return outcome == null ? "" : outcome.name();
            }

            @Override
            public DecoderOutcome fromString(String text) {
                return null;
            }
        };
        firstBox.setConverter(names);
        secondBox.setConverter(names);
        firstBox.valueProperty().addListener((obs, old, now) -> pairChanged());
        secondBox.valueProperty().addListener((obs, old, now) -> pairChanged());
        ToggleGroup group = new ToggleGroup();
        storedToggle.setToggleGroup(group);
        alignedToggle.setToggleGroup(group);
        alignedToggle.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                showPair(viewModel.pairComparisonProperty().get());
            }
        });
    }

    private void refreshBoxes() {
        updatingBoxes = true;
        try {
            List<DecoderOutcome> decoded = viewModel.comparison().stream().filter(DecoderOutcome::succeeded).toList();
            firstBox.getItems().setAll(decoded);
            secondBox.getItems().setAll(decoded);
        } finally {
            updatingBoxes = false;
        }
    }

    private void pairChanged() {
        if (!updatingBoxes && firstBox.getValue() != null && secondBox.getValue() != null) {
            PairComparison current = viewModel.pairComparisonProperty().get();
            if (current == null || current.first() != firstBox.getValue() || current.second() != secondBox.getValue()) {
                viewModel.comparePair(firstBox.getValue(), secondBox.getValue());
            }
        }
    }

    private void showPair(PairComparison pair) {
        if (pair == null) {
            headline.setText(viewModel.comparison().isEmpty() ? ""
                    : "At least two decoders must read the file to compare them.");
            storedLabel.setText("");
            alignedLabel.setText("");
            details.setText("");
            heatmap.clear();
            heatmap.setVisible(false);
            heatmap.setManaged(false);
            return;
        }
        updatingBoxes = true;
        try {
            firstBox.setValue(pair.first());
            secondBox.setValue(pair.second());
        } finally {
            updatingBoxes = false;
        }
        ComparisonReport report = pair.report();
        headline.setText(pair.headline());
        if (!report.comparable()) {
            storedLabel.setText("");
            alignedLabel.setText("");
            details.setText("");
            heatmap.clear();
            heatmap.setVisible(false);
            heatmap.setManaged(false);
            return;
        }
        storedLabel.setText("max |a − b| as stored (channel by index): " + PairComparison.levels(report.asStored().maxAbs()));
        alignedLabel.setText("max |a − b| aligned by colour (R with R …): " + PairComparison.levels(report.aligned().maxAbs()));
        // The report lists layout differences, then the stored and aligned numbers (shown above), then its verdict.
        details.setText(String.join("\n", report.differences().subList(0, Math.max(0, report.differences().size() - 3))));
        boolean aligned = alignedToggle.isSelected();
        FloatPlanes plane = aligned ? report.heatmapAligned() : report.heatmapAsStored();
        FloatPlanes levels = FloatPlanes.zeros(1, plane.height(), plane.width());
        float[] in = plane.data();
        float[] out = levels.data();
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] * 255f;
        }
        heatmap.setTitle("|" + pair.first().name() + " − " + pair.second().name() + "| per pixel, "
                + (aligned ? "aligned by colour" : "as stored") + ", in levels of 255");
        double max = (aligned ? report.aligned() : report.asStored()).maxAbs() * 255;
        heatmap.show(levels, 0, ColorMap.VIRIDIS, 0, max > 0 ? max : 1);
        heatmap.setCaption(max > 0 ? "Bright: the decoders disagree most here." : "Identical everywhere.");
    }
}
