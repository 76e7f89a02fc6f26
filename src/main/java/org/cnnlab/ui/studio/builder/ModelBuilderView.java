package org.cnnlab.ui.studio.builder;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.ZooModel;

/**
 * The model builder panel: start from a zoo model, then add, remove, move and edit layers while a
 * Keras-style table shows each layer's output shape and parameters. A stack that cannot work is
 * marked at the row where it breaks, with the reason, and "Use this model" stays off until it is
 * fixed. The caller passes what "Use this model" does (typically creating the network in the studio).
 */
public final class ModelBuilderView extends BorderPane {
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final ModelBuilderViewModel vm;
    private final Consumer<ModelSpec> onUse;
    private final TableView<LayerRow> table = new TableView<>();
    private final LayerEditor editor = new LayerEditor();
    private final Label totals = new Label();
    private final Label problem = new Label();
    private boolean syncingSelection;

    /** A builder starting from LeNet-5; {@code onUse} receives the model when the student presses "Use this model". */
    public ModelBuilderView(Consumer<ModelSpec> onUse) {
        this(new ModelBuilderViewModel(), onUse);
    }

    public ModelBuilderView(ModelBuilderViewModel vm, Consumer<ModelSpec> onUse) {
        this.vm = Objects.requireNonNull(vm);
        this.onUse = Objects.requireNonNull(onUse);
        getStyleClass().add("studio-builder");
        getStylesheets().add(ModelBuilderView.class.getResource("/org/cnnlab/ui/studio/studio.css").toExternalForm());
        setPadding(new Insets(8));
        setTop(topBar());
        setCenter(centre());
        setRight(side());
        BorderPane.setMargin(getRight(), new Insets(0, 0, 0, 10));

        vm.rows().addListener((ListChangeListener<LayerRow>) change -> selectInTable(vm.selectedIndexProperty().get()));
        vm.selectedIndexProperty().addListener((obs, o, n) -> {
            selectInTable(n.intValue());
            showSelectedInEditor();
        });
        vm.layers().addListener((ListChangeListener<LayerSpec>) change -> showSelectedInEditor());
        table.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (!syncingSelection && n.intValue() >= 0) {
                vm.selectedIndexProperty().set(n.intValue());
            }
        });
        editor.setOnEdit(layer -> {
            int index = vm.selectedIndexProperty().get();
            if (index >= 0 && index < vm.layers().size()) {
                vm.replace(index, layer);
            }
        });
        vm.validSpecProperty().addListener((obs, o, n) -> updateStatus());
        vm.problemProperty().addListener((obs, o, n) -> updateStatus());
        vm.totalsTextProperty().addListener((obs, o, n) -> updateStatus());
        updateStatus();
        selectInTable(vm.selectedIndexProperty().get());
        showSelectedInEditor();
    }

    public ModelBuilderViewModel viewModel() {
        return vm;
    }

    /** The totals line as shown. */
    public String totalsText() {
        return totals.getText();
    }

    // ---- layout -----------------------------------------------------------------------------

    private FlowPane topBar() {
        ComboBox<ZooModel> start = new ComboBox<>(FXCollections.observableArrayList(ModelZoo.all()));
        start.setId("builder-start-from");
        start.setPromptText("a ready-made model…");
        start.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZooModel model) {
                return model == null ? "" : model.title() + "  (" + model.name() + ")";
            }

            @Override
            public ZooModel fromString(String text) {
                return start.getValue();
            }
        });
        start.setTooltip(new Tooltip("Replace the stack with one of the ready-made models, then change it as you like."));
        start.setOnAction(e -> {
            if (start.getValue() != null) {
                vm.startFrom(start.getValue());
                // back to the prompt, so that the same model can be chosen again to undo every edit
                javafx.application.Platform.runLater(() -> start.getSelectionModel().clearSelection());
            }
        });
        Button empty = new Button("Empty");
        empty.setId("builder-empty");
        empty.setTooltip(new Tooltip("Start from nothing and add every layer yourself."));
        empty.setOnAction(e -> vm.startEmpty());
        Label input = new Label("Input: 28 × 28 × 1 (one grayscale MNIST image)");
        input.setTooltip(new Tooltip("Every model here reads one 28x28 image with one channel, as MNIST and Fashion-MNIST provide."));
        input.getStyleClass().add("studio-muted");
        Label name = new Label();
        name.textProperty().bind(Bindings.concat("Model: ", vm.modelNameProperty()));
        name.getStyleClass().add("studio-strong");
        Label startLabel = new Label("Start from:");
        FlowPane bar = new FlowPane(8, 6, startLabel, start, empty, name, input);
        for (Region region : List.of(startLabel, empty, name, input)) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane.setMargin(name, new Insets(0, 16, 0, 16));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private VBox centre() {
        table.setId("builder-table");
        table.setItems(vm.rows());
        // Each column is as wide as its longest usual text (in em, so it follows the font scale);
        // where the tab is narrower than the five columns, the table scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No layers yet: add one with \"Add layer\"."));
        table.getColumns().add(column("#", r -> Integer.toString(r.index() + 1), 2.5, "Position in the stack, from the input down."));
        table.getColumns().add(column("Layer (type)", r -> r.name() + " (" + r.type() + ")", 24,
                "The name Keras would give the layer, and its type."));
        table.getColumns().add(column("Settings", LayerRow::settings, 14, "What the layer does, in short."));
        table.getColumns().add(column("Output Shape", r -> r.broken() && r.outputShape().isEmpty() ? "⚠ cannot work"
                : r.outputShape().isEmpty() ? "—" : r.outputShape(), 11,
                "The shape of one sample after this layer: (None, height, width, channels) or (None, units). None is the batch."));
        table.getColumns().add(column("Param #", LayerRow::paramsText, 7,
                "Weights and biases this layer learns. Conv: (k·k·c_in + 1)·filters. Dense: (inputs + 1)·units."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LayerRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean broken = !empty && row != null && row.broken();
                pseudoClassStateChanged(BROKEN, broken);
                setTooltip(broken ? new Tooltip(row.problem()) : null);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        MenuButton add = new MenuButton("Add layer");
        add.setId("builder-add");
        add.setTooltip(new Tooltip("Insert a new layer below the selected one."));
        for (LayerKind kind : LayerKind.values()) {
            MenuItem item = new MenuItem(kind.title());
            item.setId("builder-add-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> vm.addAfterSelection(kind));
            add.getItems().add(item);
        }
        Button remove = new Button("Remove");
        remove.setId("builder-remove");
        remove.setTooltip(new Tooltip("Take the selected layer out of the stack."));
        remove.setOnAction(e -> withSelection(vm::remove));
        Button up = new Button("Move up");
        up.setId("builder-up");
        up.setTooltip(new Tooltip("Move the selected layer one place closer to the input."));
        up.setOnAction(e -> withSelection(vm::moveUp));
        Button down = new Button("Move down");
        down.setId("builder-down");
        down.setTooltip(new Tooltip("Move the selected layer one place closer to the output."));
        down.setOnAction(e -> withSelection(vm::moveDown));
        remove.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        up.disableProperty().bind(vm.selectedIndexProperty().lessThan(1));
        down.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedIndexProperty().get() < 0 || vm.selectedIndexProperty().get() >= vm.layers().size() - 1,
                vm.selectedIndexProperty(), vm.layers()));
        FlowPane buttons = new FlowPane(6, 6, add, remove, up, down);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Region button : List.of(add, remove, up, down)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        totals.setId("builder-totals");
        totals.getStyleClass().add("studio-strong");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        totals.setTooltip(new Tooltip("Trainable parameters change while training; non-trainable ones (batch-norm running"
                + " mean and variance) are statistics kept along the way."));
        problem.setId("builder-problem");
        problem.getStyleClass().add("studio-error");
        problem.setWrapText(true);
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(6, table, buttons, totals, problem);
        return box;
    }

    private VBox side() {
        Label title = new Label("Selected layer");
        title.getStyleClass().add("studio-heading");
        Button use = new Button("Use this model");
        use.setId("builder-use");
        use.getStyleClass().add("accent");
        use.setMaxWidth(Double.MAX_VALUE);
        use.setTooltip(new Tooltip("Create a fresh, untrained network with these layers in the studio."));
        use.disableProperty().bind(vm.validSpecProperty().isNull());
        use.setOnAction(e -> vm.validSpec().ifPresent(onUse));
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("studio-muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.validSpecProperty().get() == null
                ? "Fix the marked layer first: a model that cannot work cannot be trained."
                : "Creates a new network with random weights; train it in the Train tab.", vm.validSpecProperty()));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox side = new VBox(8, title, editor, spacer, use, hint);
        side.getStyleClass().add("studio-side");
        side.setStyle("-fx-pref-width: 19em; -fx-min-width: 15em;");
        return side;
    }

    private static TableColumn<LayerRow, String> column(String title, java.util.function.Function<LayerRow, String> text,
            double ems, String tip) {
        TableColumn<LayerRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setSortable(false);
        column.setReorderable(false);
        header.fontProperty().addListener((obs, old, font) -> column.setPrefWidth(ems * font.getSize()));
        column.setPrefWidth(ems * header.getFont().getSize());
        column.setCellValueFactory(data -> new javafx.beans.property.SimpleStringProperty(text.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        });
        return column;
    }

    private void withSelection(java.util.function.IntConsumer action) {
        int index = vm.selectedIndexProperty().get();
        if (index >= 0 && index < vm.layers().size()) {
            action.accept(index);
        }
    }

    private void selectInTable(int index) {
        syncingSelection = true;
        try {
            if (index >= 0 && index < table.getItems().size()) {
                table.getSelectionModel().select(index);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void showSelectedInEditor() {
        int index = vm.selectedIndexProperty().get();
        LayerSpec layer = index >= 0 && index < vm.layers().size() ? vm.layers().get(index) : null;
        if (!Objects.equals(layer, editor.shown())) {
            editor.show(layer);
        }
    }

    private void updateStatus() {
        totals.setText(vm.totalsText());
        problem.setText(vm.problemProperty().get());
    }
}
