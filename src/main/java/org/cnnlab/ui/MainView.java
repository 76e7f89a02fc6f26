package org.cnnlab.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cnnlab.ui.help.HelpSheet;
import org.cnnlab.ui.help.KeyboardShortcuts;
import org.controlsfx.control.SegmentedButton;

/**
 * The main window's layout: a header with one button per screen and the projector, theme and
 * help buttons; the current screen in the middle; a message bar for errors; and at the bottom the
 * convolution engine's choice and status. Font sizes follow {@link MainViewModel#scaleProperty()}.
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
                registerGlobalKeys(scene.getAccelerators());
            }
        });
    }

    private void registerGlobalKeys(Map<KeyCombination, Runnable> keys) {
        KeyboardShortcuts.ZOOM_IN.forEach(k -> keys.put(k, vm::zoomIn));
        KeyboardShortcuts.ZOOM_OUT.forEach(k -> keys.put(k, vm::zoomOut));
        keys.put(KeyboardShortcuts.RESET_ZOOM, vm::resetZoom);
        keys.put(KeyboardShortcuts.PROJECTOR, vm::toggleProjector);
        keys.put(KeyboardShortcuts.HELP, () -> {
            if (helpShown()) {
                hideHelp();
            } else {
                showHelp();
            }
        });
        for (int i = 0; i < Math.min(9, screens.size()); i++) {
            int index = i;
            keys.put(KeyboardShortcuts.screen(i + 1), () -> showScreen(index));
        }
    }

    private HeaderBar header(List<Screen> screens) {
        Label title = new Label("CNN Lab");
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        SegmentedButton screenButtons = new SegmentedButton();
        screenButtons.setToggleGroup(navigation);
        screenButtons.setMinWidth(Region.USE_PREF_SIZE);
        for (Screen screen : screens) {
            ToggleButton button = new ToggleButton(screen.shortTitle());
            button.setId("nav-" + screen.title().toLowerCase(Locale.ROOT).replace(' ', '-'));
            button.setToggleGroup(navigation);
            button.setMinWidth(Region.USE_PREF_SIZE);
            String keys = "Ctrl+" + (screens.indexOf(screen) + 1);
            button.setTooltip(new Tooltip(screen.title() + ": " + screen.purpose() + " (" + keys + ")"));
            button.setAccessibleText(screen.title());
            button.setAccessibleHelp(screen.purpose() + " Shortcut: " + keys + ".");
            button.setOnAction(e -> {
                button.setSelected(true);
                show(screen);
            });
            screenButtons.getButtons().add(button);
        }

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

        Button help = new Button("Help");
        help.setId("help-button");
        help.setTooltip(new Tooltip("What each screen is for, and every keyboard shortcut (F1)"));
        help.setOnAction(e -> showHelp());

        HBox tools = new HBox(6, projector, dark, help);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        tools.setMinWidth(Region.USE_PREF_SIZE);
        return new HeaderBar(title, screenButtons, tools);
    }

    /**
     * Opens the help sheet (F1) over the current screen: the screens and every keyboard shortcut.
     * It is a layer of the window rather than a window of its own, so it is as large as the window
     * (readable on a projector) and needs no window manager; Esc, F1 or Close put it away.
     */
    public void showHelp() {
        if (helpShown()) {
            return;
        }
        HelpSheet sheet = new HelpSheet(screens.stream().map(s -> new HelpSheet.ScreenHelp(s.title(), s.purpose())).toList());
        Button close = new Button("Close");
        close.setId("help-close");
        close.setCancelButton(true);
        close.setOnAction(e -> hideHelp());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(0, 16, 12, 16));
        VBox overlay = new VBox(sheet, buttons);
        overlay.setId("help-overlay");
        overlay.getStyleClass().add("help-overlay");
        VBox.setVgrow(sheet, Priority.ALWAYS);
        centre.getChildren().add(overlay);
        close.requestFocus();
    }

    /** Puts the help sheet away, back to the screen under it. */
    public void hideHelp() {
        centre.getChildren().removeIf(n -> "help-overlay".equals(n.getId()));
    }

    private boolean helpShown() {
        return centre.getChildren().stream().anyMatch(n -> "help-overlay".equals(n.getId()));
    }

    private Label purposeBar() {
        purpose.getStyleClass().add("screen-purpose");
        purpose.setPadding(new Insets(2, 12, 4, 12));
        purpose.setMaxWidth(Double.MAX_VALUE);
        purpose.setWrapText(true);
        purpose.setMinHeight(Region.USE_PREF_SIZE);
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
        ComboBox<String> engine = new ComboBox<>(vm.engines());
        engine.setId("engine-choice");
        engine.valueProperty().bindBidirectional(vm.selectedEngineProperty());
        engine.setTooltip(new Tooltip("Convolution engine. 'auto' uses the fastest one that passes the golden checks."));
        engine.setAccessibleText("Convolution engine");
        Label engineLabel = new Label("Engine");
        engineLabel.setLabelFor(engine);
        engineLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("engine-status");
        status.textProperty().bind(vm.engineStatusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, engineLabel, engine, status);
        bar.setAlignment(Pos.CENTER_LEFT);
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
