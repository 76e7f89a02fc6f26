package org.cnnlab.ui.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.engine.Pooling;
import org.cnnlab.ui.controls.KernelEditor;
import org.cnnlab.ui.controls.Spinners;

/**
 * The sandbox's left column: the kernel editor of the selected filter and channel with undo and
 * redo, the presets with the chosen one's explanation, the filter bank, and the settings of colour mode, padding,
 * border, stride, dilation, activation and pooling, each bound to the {@link SandboxViewModel}.
 */
final class SandboxControls extends VBox {
    private final SandboxViewModel vm;
    private final KernelEditor editor = new KernelEditor();
    private final HBox bank = new HBox(4);
    private final ToggleGroup bankGroup = new ToggleGroup();
    private final List<Object> strongReferences = new ArrayList<>();

    SandboxControls(SandboxViewModel vm) {
        this.vm = vm;
        getStyleClass().add("sandbox-controls");
        setSpacing(6);
        setPadding(new Insets(6));
        editor.kernelProperty().bindBidirectional(vm.kernelProperty());
        getChildren().addAll(
                section("Filter bank", filterBank()),
                section("Kernel", new VBox(4, channelRow(), editor, historyRow())),
                section("Presets", presets()),
                section("Convolution", settings()));
    }

    KernelEditor editor() {
        return editor;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(true);
        pane.getStyleClass().add("sandbox-section");
        return pane;
    }

    private VBox filterBank() {
        Button add = new Button("+ filter");
        add.setId("add-filter");
        add.setTooltip(new Tooltip("Add a filter (up to " + PipelineSpec.MAX_FILTERS + "); each gives its own row of maps"));
        add.setOnAction(e -> vm.addFilter());
        Button remove = new Button("− filter");
        remove.setId("remove-filter");
        remove.setOnAction(e -> vm.removeSelectedFilter());
        remove.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.filters()).lessThanOrEqualTo(1));
        add.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.filters()).greaterThanOrEqualTo(PipelineSpec.MAX_FILTERS));
        vm.filters().addListener((ListChangeListener<Object>) c -> rebuildBank());
        vm.selectedFilterProperty().addListener((obs, o, n) -> rebuildBank());
        rebuildBank();
        bank.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = new FlowPane(4, 4, add, remove);
        return new VBox(4, bank, buttons);
    }

    private void rebuildBank() {
        bank.getChildren().clear();
        bankGroup.getToggles().clear();
        for (int i = 0; i < vm.filters().size(); i++) {
            int index = i;
            ToggleButton b = new ToggleButton(Integer.toString(i + 1));
            b.setId("filter-" + (i + 1));
            b.setToggleGroup(bankGroup);
            b.setSelected(i == vm.selectedFilterProperty().get());
            b.setOnAction(e -> {
                vm.selectedFilterProperty().set(index);
                b.setSelected(true);
            });
            var k = vm.filters().get(i);
            b.setTooltip(new Tooltip("Filter " + (i + 1) + ": " + k.kernelHeight() + "×" + k.kernelWidth()));
            bank.getChildren().add(b);
        }
    }

    private javafx.scene.Node channelRow() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(fixedLabel("Channel"));
        for (int c = 0; c < 3; c++) {
            int channel = c;
            ToggleButton b = new ToggleButton(SandboxTexts.channelName(c));
            b.setId("channel-" + SandboxTexts.channelName(c));
            b.setToggleGroup(group);
            b.setSelected(c == vm.selectedChannelProperty().get());
            b.setOnAction(e -> {
                vm.selectedChannelProperty().set(channel);
                b.setSelected(true);
            });
            vm.selectedChannelProperty().addListener((obs, o, n) -> b.setSelected(n.intValue() == channel));
            row.getChildren().add(b);
        }
        Button copy = new Button("Copy to R, G, B");
        copy.setTooltip(new Tooltip("Use this kernel on every colour channel"));
        copy.setOnAction(e -> vm.copyKernelToAllChannels());
        Spinner<Double> bias = Spinners.decimals(-1000.0, 1000.0, 0.0, 1.0);
        bias.setStyle("-fx-pref-width: 6.5em;");
        bias.setId("bias");
        ObjectProperty<Double> biasObject = vm.biasProperty().asObject();
        strongReferences.add(biasObject);
        bias.getValueFactory().valueProperty().bindBidirectional(biasObject);
        Label biasLabel = fixedLabel("bias");
        HBox biasPair = new HBox(6, biasLabel, bias);
        biasPair.setAlignment(Pos.CENTER_LEFT);
        biasPair.visibleProperty().bind(vm.modeProperty().isEqualTo(ColorMode.RGB));
        biasPair.managedProperty().bind(biasPair.visibleProperty());
        FlowPane biasRow = new FlowPane(6, 4, copy, biasPair);
        biasRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, row, biasRow);
        box.visibleProperty().bind(vm.modeProperty().isNotEqualTo(ColorMode.GRAY));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Undo and redo of kernel changes, with their shortcuts in the tooltips. */
    private javafx.scene.Node historyRow() {
        Button undo = new Button("Undo");
        undo.setId("kernel-undo");
        undo.setTooltip(new Tooltip("Take back the last kernel change (Ctrl+Z)"));
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = new Button("Redo");
        redo.setId("kernel-redo");
        redo.setTooltip(new Tooltip("Do again what Undo took back (Ctrl+Shift+Z or Ctrl+Y)"));
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        return new FlowPane(4, 4, undo, redo);
    }

    /** A label that keeps its whole text: the field beside it gives way instead. */
    private static Label fixedLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** The presets by name, and the chosen one's explanation underneath, wrapped so it is read whole. */
    private VBox presets() {
        ListView<KernelPreset> list = new ListView<>();
        list.setId("presets");
        list.getItems().setAll(KernelPreset.values());
        list.setStyle("-fx-pref-height: 9em;");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KernelPreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName());
            }
        });
        Label explanation = new Label("Pick a preset to load its kernel; its explanation appears here.");
        explanation.setId("preset-explanation");
        explanation.getStyleClass().add("preset-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Label.USE_PREF_SIZE);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                explanation.setText(n.displayName() + ": " + n.explanation());
                vm.applyPreset(n);
            }
        });
        list.setOnMouseClicked(e -> {
            KernelPreset p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.applyPreset(p);
            }
        });
        return new VBox(4, list, explanation);
    }

    private GridPane settings() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, fixedLabel("Colour"), combo("mode", vm.modeProperty(), ColorMode.values(),
                m -> m.id(), ColorMode::explanation));
        ComboBox<PaddingMode> padding = combo("padding", vm.paddingModeProperty(), PaddingMode.values(),
                PaddingMode::id, PaddingMode::explanation);
        Spinner<Integer> custom = intSpinner("custom-padding", vm.customPaddingProperty(), 0, PipelineSpec.MAX_CUSTOM_PADDING);
        custom.disableProperty().bind(vm.paddingModeProperty().isNotEqualTo(PaddingMode.CUSTOM));
        custom.setTooltip(new Tooltip("p: rows and columns added on every side (custom padding)"));
        HBox paddingRow = new HBox(4, padding, fixedLabel("p"), custom);
        paddingRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, fixedLabel("Padding"), paddingRow);
        grid.addRow(row++, fixedLabel("Border"), combo("border", vm.borderProperty(), BorderMode.values(), BorderMode::id,
                BorderMode::explanation));
        grid.addRow(row++, fixedLabel("Stride"), intSpinner("stride", vm.strideProperty(), 1, ConvGeometry.MAX_STRIDE));
        grid.addRow(row++, fixedLabel("Dilation"), intSpinner("dilation", vm.dilationProperty(), 1, ConvGeometry.MAX_DILATION));
        grid.addRow(row++, fixedLabel("Activation"), combo("activation", vm.activationProperty(), Activation.values(),
                Activation::id, Activation::explanation));
        grid.addRow(row++, fixedLabel("Pooling"), combo("pooling", vm.poolsProperty(), PoolSelection.values(),
                SandboxControls::poolLabel, p -> "which pooled maps to show"));
        HBox poolSize = new HBox(4, fixedLabel("size"),
                intSpinner("pool-size", vm.poolSizeProperty(), Pooling.MIN_SIZE, Pooling.MAX_SIZE));
        HBox poolStride = new HBox(4, fixedLabel("stride"),
                intSpinner("pool-stride", vm.poolStrideProperty(), 1, Pooling.MAX_SIZE));
        poolSize.setAlignment(Pos.CENTER_LEFT);
        poolStride.setAlignment(Pos.CENTER_LEFT);
        FlowPane poolRow = new FlowPane(8, 4, poolSize, poolStride);
        poolRow.setAlignment(Pos.CENTER_LEFT);
        poolRow.disableProperty().bind(vm.poolsProperty().isEqualTo(PoolSelection.NONE));
        grid.addRow(row, fixedLabel("Pool"), poolRow);
        return grid;
    }

    static String poolLabel(PoolSelection p) {
        return switch (p) {
            case NONE -> "none";
            case MAX -> "max";
            case AVERAGE -> "average";
            case BOTH -> "max and average";
        };
    }

    private <T> ComboBox<T> combo(String id, ObjectProperty<T> property, T[] values, Function<T, String> label,
            Function<T, String> explanation) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                for (T v : values) {
                    if (label.apply(v).equals(text)) {
                        return v;
                    }
                }
                return null;
            }
        });
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> property.get() == null ? "" : explanation.apply(property.get()), property));
        box.setTooltip(tip);
        return box;
    }

    private Spinner<Integer> intSpinner(String id, IntegerProperty property, int min, int max) {
        Spinner<Integer> spinner = Spinners.integers(min, max, property.get());
        spinner.setId(id);
        spinner.setStyle("-fx-pref-width: 5.5em;");
        ObjectProperty<Integer> object = property.asObject();
        strongReferences.add(object);
        spinner.getValueFactory().valueProperty().bindBidirectional(object);
        return spinner;
    }
}
