package org.cnnlab.ui.studio.draw;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnlab.services.studio.DrawingReading;
import org.cnnlab.services.studio.Studio;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;

/**
 * The draw-a-digit panel: a pad to draw on with the mouse, the 28x28 image the network receives
 * after MNIST's preprocessing, the predicted class in large type, and beside them a view of all
 * activations supplied by the caller (the app shows every layer there), fed with every reading while the student draws.
 */
public final class DrawPadView extends HBox {
    static final String PREPROCESSING_CAPTION = "Your drawing is cropped to the box around the ink,"
            + " scaled to fit 20 × 20 pixels without changing its shape, then placed in a 28 × 28 field with its"
            + " centre of mass in the middle — the way MNIST's digits were made.";

    private final DrawPadViewModel vm;
    private final Label prediction = new Label();

    /**
     * A pad reading drawings with {@code studio}.
     *
     * @param onReading       receives every reading on the FX thread (an empty one when the pad is cleared)
     * @param activationsView shown beside the pad (the activation views); may be null
     * @param classNames      class names by label, for the prediction
     */
    public DrawPadView(Studio studio, Consumer<DrawingReading> onReading, Node activationsView, List<String> classNames) {
        this(newViewModel(studio, onReading, classNames), activationsView);
    }

    public DrawPadView(DrawPadViewModel vm, Node activationsView) {
        this.vm = Objects.requireNonNull(vm);
        getStyleClass().add("studio-draw");
        getStylesheets().add(DrawPadView.class.getResource("/org/cnnlab/ui/studio/studio.css").toExternalForm());
        setPadding(new Insets(8));
        setSpacing(14);
        getChildren().addAll(padColumn(), readingColumn());
        if (activationsView != null) {
            HBox.setHgrow(activationsView, Priority.ALWAYS);
            if (activationsView instanceof Region region) {
                // Room for a column of layer cards beside the output bars: squeezed further, their
                // texts wrap a letter a line; the tab scrolls sideways instead.
                region.setStyle("-fx-min-width: 30em;");
            }
            getChildren().add(activationsView);
        }
        KeyCodeCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                vm.undo();
                e.consume();
            }
        });
    }

    /**
     * This view in a pane that scrolls sideways: the pad, its reading and the layers need a width
     * that a narrow tab (projector scale beside the settings) does not have.
     */
    public ScrollPane scrollingSideways() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private static DrawPadViewModel newViewModel(Studio studio, Consumer<DrawingReading> onReading, List<String> classNames) {
        DrawPadViewModel vm = new DrawPadViewModel(studio, new DaemonTaskExecutor("draw-pad", 1));
        vm.setOnReading(Objects.requireNonNull(onReading));
        vm.classNamesProperty().set(List.copyOf(classNames));
        return vm;
    }

    public DrawPadViewModel viewModel() {
        return vm;
    }

    /** The prediction as shown, e.g. {@code 7 — 98%}; empty without one. */
    public String predictionText() {
        return prediction.getText();
    }

    private VBox padColumn() {
        Label title = new Label("Draw a digit with the mouse");
        title.getStyleClass().add("studio-heading");
        InkPad pad = new InkPad(vm);
        pad.setId("draw-pad");
        Tooltip.install(pad, new Tooltip("Hold the left mouse button and draw. The network reads your drawing while you draw."));

        Slider brush = new Slider(DrawPadViewModel.MIN_BRUSH, DrawPadViewModel.MAX_BRUSH, vm.brushSizeProperty().get());
        brush.setId("draw-brush");
        brush.valueProperty().bindBidirectional(vm.brushSizeProperty());
        brush.setTooltip(new Tooltip("Pen thickness. MNIST's digits have strokes about a tenth of the digit's height;"
                + " very thin or very thick lines look unlike anything the network has seen."));
        HBox.setHgrow(brush, Priority.ALWAYS);
        Label brushLabel = new Label("Pen");
        brushLabel.setLabelFor(brush);

        Button undo = new Button("Undo stroke");
        undo.setId("draw-undo");
        undo.setTooltip(new Tooltip("Take back the last stroke (Ctrl+Z)."));
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.emptyProperty());
        Button clear = new Button("Clear");
        clear.setId("draw-clear");
        clear.setTooltip(new Tooltip("Wipe the pad and start again."));
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(vm.emptyProperty());
        HBox pen = new HBox(8, brushLabel, brush);
        pen.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, undo, clear);
        VBox column = new VBox(8, title, pad, pen, buttons);
        column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return column;
    }

    private VBox readingColumn() {
        Label title = new Label("What the network sees");
        title.getStyleClass().add("studio-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        InputPreview preview = new InputPreview();
        preview.setId("draw-input");
        Tooltip.install(preview, new Tooltip("Each square is one of the 784 numbers the network receives (0 = black, 1 = white)."));
        vm.readingProperty().addListener((obs, o, reading) -> preview.show(reading == null ? null : reading.input()));
        Label caption = new Label(PREPROCESSING_CAPTION);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("studio-caption");

        Label guess = new Label("Prediction");
        guess.getStyleClass().add("studio-heading");
        prediction.setId("draw-prediction");
        prediction.getStyleClass().add("studio-prediction");
        prediction.setWrapText(true);
        prediction.textProperty().bind(vm.predictionTextProperty());
        prediction.setTooltip(new Tooltip("The class with the highest softmax probability, and that probability."));
        Label runnerUp = new Label();
        runnerUp.setId("draw-runner-up");
        runnerUp.textProperty().bind(vm.runnerUpTextProperty());
        Label message = new Label();
        message.setId("draw-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("studio-prompt");
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox column = new VBox(8, title, preview, caption, guess, prediction, runnerUp, message);
        column.setStyle("-fx-pref-width: 17em; -fx-min-width: 14em; -fx-max-width: 18em;");
        return column;
    }
}
