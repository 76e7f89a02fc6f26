package org.cnnlab.ui.studio;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.LearningRateSchedule;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ZooModel;
import org.cnnlab.ui.controls.NumberText;
import org.cnnlab.ui.controls.Spinners;

/**
 * The studio's left column: which network on which data, how to train it (each setting explained
 * in its tooltip for a student) and the file buttons; it also makes the run's buttons, which the
 * view puts in its header. Settings are locked while a run is going.
 */
final class StudioControls extends VBox {
    private static final List<Double> LEARNING_RATES = List.of(0.1, 0.03, 0.01, 0.003, 0.001, 0.0003, 0.0001);
    private static final List<Integer> IMAGE_LIMITS = List.of(0, 1_000, 5_000, 10_000, 30_000);

    private final ObjectProperty<Double> learningRate;
    private final ObjectProperty<Integer> batchSize;
    private final ObjectProperty<Integer> epochs;
    private final HBox runButtons;

    /** {@code mayDiscard} answers whether an action (named for the user) may replace an unsaved trained network. */
    StudioControls(StudioViewModel vm, Runnable save, Runnable open, java.util.function.Predicate<String> mayDiscard) {
        getStyleClass().add("studio-controls");
        setSpacing(8);
        setPadding(new Insets(8));
        var locked = vm.stateProperty().isNotEqualTo(StudioState.IDLE).or(vm.busyProperty());

        ComboBox<ZooModel> model = new ComboBox<>(FXCollections.observableArrayList(vm.settings().models()));
        model.setId("model-choice");
        model.setConverter(converter(ZooModel::title));
        model.valueProperty().bindBidirectional(vm.settings().modelProperty());
        model.setTooltip(new Tooltip("Which network to build. From the simplest (no convolution at all) to a small ResNet; "
                + "each comes from a course notebook."));
        Label source = new Label();
        source.getStyleClass().add("studio-hint");
        source.setWrapText(true);
        source.textProperty().bind(Bindings.createStringBinding(() -> vm.settings().modelProperty().get() == null ? ""
                : vm.settings().modelProperty().get().source(), vm.settings().modelProperty()));

        ComboBox<DatasetId> dataset = new ComboBox<>(FXCollections.observableArrayList(DatasetId.values()));
        dataset.setId("dataset-choice");
        dataset.setConverter(converter(DatasetId::displayName));
        dataset.valueProperty().bindBidirectional(vm.settings().datasetProperty());
        dataset.setTooltip(new Tooltip("MNIST: handwritten digits 0–9. Fashion-MNIST: photos of clothes in ten kinds, "
                + "the same size but harder to tell apart."));

        Button newModel = button("New model", "new-model", "Build a fresh network with random weights: it starts out guessing.");
        newModel.disableProperty().bind(vm.canCreateProperty().not());
        newModel.setOnAction(e -> {
            if (mayDiscard.test("New model")) {
                vm.newModel();
            }
        });

        ComboBox<OptimizerKind> optimizer = new ComboBox<>(FXCollections.observableArrayList(OptimizerKind.values()));
        optimizer.setId("optimizer-choice");
        optimizer.setConverter(converter(OptimizerKind::displayName));
        optimizer.valueProperty().bindBidirectional(vm.settings().optimizerProperty());
        optimizer.setTooltip(new Tooltip("How the weights move after each batch. SGD steps straight down the gradient; "
                + "momentum keeps some speed; Adam, Nadam and RMSprop adapt the step for each weight and usually learn fastest."));

        ComboBox<Double> rate = new ComboBox<>(FXCollections.observableArrayList(LEARNING_RATES));
        rate.setId("learning-rate");
        rate.setEditable(true);
        rate.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : NumberText.format(value, 6);
            }

            @Override
            public Double fromString(String text) {
                try {
                    double value = Double.parseDouble(text.strip().replace(',', '.'));
                    return value > 0 && Double.isFinite(value) ? value : vm.settings().learningRateProperty().get();
                } catch (NumberFormatException e) {
                    return vm.settings().learningRateProperty().get();
                }
            }
        });
        learningRate = vm.settings().learningRateProperty().asObject();
        rate.valueProperty().bindBidirectional(learningRate);
        rate.setTooltip(new Tooltip("The size of each step. Too small: learning crawls. Too large: the loss jumps around "
                + "or explodes. Choosing an optimiser sets its usual rate."));

        ComboBox<LearningRateSchedule> schedule = new ComboBox<>(FXCollections.observableArrayList(LearningRateSchedule.values()));
        schedule.setId("schedule-choice");
        schedule.setConverter(converter(LearningRateSchedule::displayName));
        schedule.valueProperty().bindBidirectional(vm.settings().scheduleProperty());
        schedule.setTooltip(new Tooltip("Constant: the same step size all run long. Cosine: big steps first, then "
                + "smaller and smaller ones down to zero at the last batch, so the network settles instead of jumping "
                + "around the best weights. Usually a little more accurate at the end."));

        Spinner<Integer> batch = Spinners.integers(1, 4096, vm.settings().batchSizeProperty().get());
        batch.setId("batch-size");
        batchSize = vm.settings().batchSizeProperty().asObject();
        batch.getValueFactory().valueProperty().bindBidirectional(batchSize);
        batch.setTooltip(new Tooltip("Images per weight update. Small batches: many quick, noisy steps. "
                + "Large batches: fewer, smoother steps."));

        Spinner<Integer> epochSpinner = Spinners.integers(1, 1000, vm.settings().epochsProperty().get());
        epochSpinner.setId("epochs");
        epochs = vm.settings().epochsProperty().asObject();
        epochSpinner.getValueFactory().valueProperty().bindBidirectional(epochs);
        epochSpinner.setTooltip(new Tooltip("How many times the network sees every training image."));

        Spinner<Integer> validation = Spinners.integers(0, 50, (int) Math.round(vm.settings().validationFractionProperty().get() * 100));
        validation.setId("validation-percent");
        validation.valueProperty().addListener((obs, o, n) -> vm.settings().validationFractionProperty().set(n / 100.0));
        vm.settings().validationFractionProperty().addListener((obs, o, n) -> validation.getValueFactory().setValue(
                (int) Math.round(n.doubleValue() * 100)));
        validation.setTooltip(new Tooltip("Share of the training images kept aside and never trained on: "
                + "their accuracy tells whether the network learns the task or memorises its examples."));

        ComboBox<Integer> limit = new ComboBox<>(FXCollections.observableArrayList(IMAGE_LIMITS));
        limit.setId("image-limit");
        limit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null || value == 0 ? "all" : String.format(Locale.ROOT, "first %,d", value);
            }

            @Override
            public Integer fromString(String text) {
                return vm.settings().imageLimitProperty().get();
            }
        });
        limit.setValue(vm.settings().imageLimitProperty().get());
        limit.valueProperty().addListener((obs, o, n) -> vm.settings().imageLimitProperty().set(n == null ? 0 : n));
        limit.setTooltip(new Tooltip("Train on fewer images for a quick demonstration: a minute instead of several."));

        Spinner<Integer> seed = Spinners.integers(0, Integer.MAX_VALUE, (int) vm.settings().seedProperty().get());
        seed.setId("seed");
        seed.valueProperty().addListener((obs, o, n) -> vm.settings().seedProperty().set(n));
        vm.settings().seedProperty().addListener((obs, o, n) -> seed.getValueFactory().setValue((int) Math.max(0,
                Math.min(Integer.MAX_VALUE, n.longValue()))));
        seed.setTooltip(new Tooltip("Fixes the random start (weights, validation split, batch order): the same seed and "
                + "settings give the same run, so a class can compare results."));

        GridPane choiceGrid = form(new Label("Model"), model, new Label("Dataset"), dataset);
        GridPane training = form(new Label("Optimiser"), optimizer, new Label("Learning rate"), rate,
                new Label("Schedule"), schedule, new Label("Batch size"),
                batch, new Label("Epochs"), epochSpinner, new Label("Validation %"), validation, new Label("Images"), limit,
                new Label("Seed"), seed);
        training.disableProperty().bind(locked);
        choiceGrid.disableProperty().bind(locked);

        Button train = button("_Train", "train", "Train with these settings (Alt+T). With no network yet, builds the chosen one first.");
        train.getStyleClass().add("accent");
        train.disableProperty().bind(vm.canTrainProperty().not());
        train.setOnAction(e -> vm.train());
        Button pause = button("Pause", "pause-resume", "Hold training between two batches, look around, then go on.");
        pause.textProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(StudioState.PAUSED)).then("Resume")
                .otherwise("Pause"));
        pause.disableProperty().bind(vm.canPauseProperty().not().and(vm.canResumeProperty().not()));
        pause.setOnAction(e -> {
            if (vm.stateProperty().get() == StudioState.PAUSED) {
                vm.resume();
            } else {
                vm.pause();
            }
        });
        Button step = button("Step", "step", "While paused: train exactly one batch and watch what changes.");
        step.disableProperty().bind(vm.canStepProperty().not());
        step.setOnAction(e -> vm.step());
        Button stop = button("Stop", "stop", "End the run after the current batch. The weights learned so far stay.");
        stop.disableProperty().bind(vm.canStopProperty().not());
        stop.setOnAction(e -> vm.stop());
        Button saveButton = button("Save…", "save", "Save the network (weights and settings) to a file.");
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        saveButton.setOnAction(e -> save.run());
        Button openButton = button("Open…", "open", "Open a network saved by CNN Lab, for example the pre-trained LeNet-5.");
        openButton.disableProperty().bind(vm.canLoadProperty().not());
        openButton.setOnAction(e -> open.run());

        for (Button button : List.of(train, pause, step, stop)) {
            button.setMaxWidth(Region.USE_PREF_SIZE);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        pause.setStyle("-fx-pref-width: 6em;");
        runButtons = new HBox(6, train, pause, step, stop);
        runButtons.setAlignment(Pos.CENTER_LEFT);
        MenuButton pretrained = new MenuButton("Pre-trained");
        pretrained.setId("pretrained");
        pretrained.setTooltip(new Tooltip("Open a network that ships with CNN Lab, already trained: no waiting in class."));
        pretrained.disableProperty().bind(vm.canLoadProperty().not().or(Bindings.isEmpty(vm.pretrained())));
        Runnable fillPretrained = () -> pretrained.getItems().setAll(vm.pretrained().stream().map(choice -> {
            MenuItem item = new MenuItem(choice.title());
            item.setOnAction(e -> {
                if (mayDiscard.test("Opening " + choice.title())) {
                    vm.load(choice.file());
                }
            });
            return item;
        }).toList());
        vm.pretrained().addListener((javafx.collections.ListChangeListener<PretrainedChoice>) change -> fillPretrained.run());
        fillPretrained.run();
        TilePane files = new TilePane(6, 6, saveButton, openButton, pretrained);
        files.setPrefColumns(2);

        getChildren().addAll(title("Network"), choiceGrid, source, newModel, title("Training"), training, title("File"), files);
    }

    /** Train, Pause/Resume, Step and Stop, for the header where they stay in sight. */
    HBox runButtons() {
        return runButtons;
    }

    private static GridPane form(Node... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            Node field = labelsAndFields[i + 1];
            if (field instanceof javafx.scene.control.Control control) {
                control.setMaxWidth(Double.MAX_VALUE);
                control.setPrefWidth(1);
                control.setStyle("-fx-pref-width: 9em;");
            }
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(i / 2, labelsAndFields[i], field);
        }
        return grid;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("studio-section-title");
        return label;
    }

    private static Button button(String text, String id, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
