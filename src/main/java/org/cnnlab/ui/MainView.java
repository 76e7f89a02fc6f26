package org.cnnlab.ui;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The main window's layout: a header with one button per screen, the projector and theme
 * switches and the engine choice; the current screen in the middle; a message bar for errors and
 * a status line at the bottom. Font sizes follow {@link MainViewModel#scaleProperty()}.
 */
public final class MainView extends BorderPane {
    /** Base font size in pixels at scale 1.0; everything else is sized in em. */
    public static final double BASE_FONT_PX = 14;

    private final MainViewModel vm;
    private final StackPane centre = new StackPane();
    private final Label purpose = new Label();
    private final ToggleGroup navigation = new ToggleGroup();
    private final List<Screen> screens;

    public MainView(MainViewModel vm, List<Screen> screens) {
        this.vm = vm;
        this.screens = List.copyOf(screens);
        getStyleClass().add("cnnlab-main");
        setTop(new VBox(header(screens), purposeBar(), messageBar()));
        setCenter(centre);
        setBottom(statusBar());
        vm.scaleProperty().addListener((obs, old, scale) -> applyScale(scale.doubleValue()));
        applyScale(vm.scaleProperty().get());
        if (!screens.isEmpty()) {
            show(screens.get(0));
            ((ToggleButton) navigation.getToggles().get(0)).setSelected(true);
        }
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), vm::zoomOut);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), vm::resetZoom);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::toggleProjector);
                for (int i = 0; i < Math.min(9, this.screens.size()); i++) {
                    int index = i;
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                            KeyCombination.SHORTCUT_DOWN), () -> showScreen(index));
                }
            }
        });
    }

    private HBox header(List<Screen> screens) {
        Label title = new Label("CNN Lab");
        title.getStyleClass().add("app-title");
        SegmentedButton screenButtons = new SegmentedButton();
        screenButtons.setToggleGroup(navigation);
        HBox bar = new HBox(8, title, screenButtons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("app-header");
        for (Screen screen : screens) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.title().toLowerCase(Locale.ROOT).replace(' ', '-'));
            button.setToggleGroup(navigation);
            button.setTooltip(new Tooltip(screen.purpose() + " (Ctrl+" + (screens.indexOf(screen) + 1) + ")"));
            button.setOnAction(e -> {
                button.setSelected(true);
                show(screen);
            });
            screenButtons.getButtons().add(button);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<String> engine = new ComboBox<>(vm.engines());
        engine.setId("engine-choice");
        engine.valueProperty().bindBidirectional(vm.selectedEngineProperty());
        engine.setTooltip(new Tooltip("Convolution engine. 'auto' uses the fastest one that passes the golden checks."));

        ToggleButton projector = new ToggleButton("Projector");
        projector.setId("projector-toggle");
        projector.setTooltip(new Tooltip("Large text for the back of the classroom (F5). Ctrl +/− zoom, Ctrl 0 resets."));
        projector.setSelected(vm.scaleProperty().get() >= MainViewModel.PROJECTOR_SCALE - 1e-9);
        vm.scaleProperty().addListener((obs, o, n) -> projector.setSelected(n.doubleValue() >= MainViewModel.PROJECTOR_SCALE - 1e-9));
        projector.setOnAction(e -> vm.toggleProjector());

        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("dark-toggle");
        dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        dark.setTooltip(new Tooltip("Dark colours: easier on the eyes in a dim room"));

        bar.getChildren().addAll(spacer, new Label("Engine"), engine, projector, dark);
        return bar;
    }

    private Label purposeBar() {
        purpose.getStyleClass().add("screen-purpose");
        purpose.setPadding(new Insets(2, 12, 4, 12));
        purpose.setMaxWidth(Double.MAX_VALUE);
        return purpose;
    }

    private HBox messageBar() {
        Label text = new Label();
        text.setId("message-text");
        text.textProperty().bind(vm.messageProperty());
        text.setWrapText(true);
        Button close = new Button("Dismiss");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> vm.messageProperty().set(""));
        HBox bar = new HBox(10, text, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("message-bar");
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("engine-status");
        status.textProperty().bind(vm.engineStatusProperty());
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Switches to the screen at {@code index} of the list given to the constructor. */
    public void showScreen(int index) {
        ((ToggleButton) navigation.getToggles().get(index)).fire();
    }

    /**
     * Shows the screen with {@code id}.
     *
     * @return false when no screen has that id
     */
    public boolean showScreen(String id) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(id)) {
                showScreen(i);
                return true;
            }
        }
        return false;
    }

    private void show(Screen screen) {
        purpose.setText(screen.purpose());
        centre.getChildren().setAll(screen.content());
    }

    private void applyScale(double scale) {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
    }
}
