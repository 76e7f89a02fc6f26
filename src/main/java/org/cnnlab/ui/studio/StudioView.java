package org.cnnlab.ui.studio;

import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import atlantafx.base.theme.Styles;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cnnlab.services.studio.ModelInfo;
import org.cnnlab.ui.studio.network.ActivationsPane;

/**
 * The training studio screen: on the left the network, data and training settings with the run's
 * buttons; on top the current network, the progress bar and its status line (speed, time left) and
 * any message; in the centre a tab pane with the learning curves ("Charts"), the network's view of a
 * test image ("Network"), weight and gradient histograms ("Histograms") and the test-set report
 * ("Test set"). Other screens can add their own tabs through {@link #tabs()}.
 */
public final class StudioView extends BorderPane {
    private final StudioViewModel vm;
    private final ModelFileChooser files;
    private final TabPane tabs = new TabPane();
    private final TrainingCharts charts;
    private final NetworkTab network;
    private final HistogramsTab histograms;
    private final TestSetTab testSet;

    /** The studio with the system's file dialogs for Save… and Open…. */
    private final DiscardConfirmation discard;

    public StudioView(StudioViewModel vm) {
        this(vm, ModelFileChooser.dialogs());
    }

    public StudioView(StudioViewModel vm, ModelFileChooser files) {
        this.vm = Objects.requireNonNull(vm);
        this.files = Objects.requireNonNull(files);
        getStyleClass().add("studio-view");
        getStylesheets().add(Objects.requireNonNull(StudioView.class.getResource("/org/cnnlab/ui/studio/training-studio.css")).toExternalForm());

        discard = new DiscardConfirmation(vm);
        StudioControls controls = new StudioControls(vm, this::save, this::open, action -> discard.allows(window(), action));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("studio-left");
        left.setStyle("-fx-pref-width: 19em; -fx-min-width: 15em;");
        setLeft(left);
        setTop(header(controls.runButtons(), left));

        charts = new TrainingCharts(vm);
        network = new NetworkTab(vm);
        histograms = new HistogramsTab(vm);
        testSet = new TestSetTab(vm);
        tabs.setId("studioTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Seven tabs beside the settings: with the theme's roomy header padding, the first and
        // last headers scroll out of sight on a 1280-pixel projector.
        tabs.getStyleClass().add(Styles.DENSE);
        tabs.getTabs().addAll(tab("Charts", "tab-charts", charts), tab("Network", "tab-network", network),
                tab("Histograms", "tab-histograms", histograms), tab("Test set", "tab-test-set", testSet));
        setCenter(tabs);
        network.showingProperty().bind(tabs.getTabs().get(1).selectedProperty());
        histograms.showingProperty().bind(tabs.getTabs().get(2).selectedProperty());
    }

    public StudioViewModel viewModel() {
        return vm;
    }

    /**
     * True when {@code action} may replace the studio's network: it is saved or untrained, or the
     * user chose to discard it (the app asks this before closing the window, the builder before
     * using its model).
     */
    public boolean allowsDiscarding(String action) {
        return discard.allows(window(), action);
    }

    /** The studio's tabs: Charts, Network, Histograms, Test set; the app may add more (Draw, Data, Build). */
    public TabPane tabs() {
        return tabs;
    }

    /** The Network tab's activation view (for tests). */
    ActivationsPane networkActivations() {
        return network.activations();
    }

    TrainingCharts charts() {
        return charts;
    }

    HistogramsTab histograms() {
        return histograms;
    }

    TestSetTab testSet() {
        return testSet;
    }

    private VBox header(HBox runButtons, ScrollPane settings) {
        Label model = new Label();
        model.setId("model-text");
        model.getStyleClass().add("studio-model-text");
        model.textProperty().bind(vm.modelTextProperty());
        model.setWrapText(true);
        Label hint = new Label();
        hint.setId("choice-hint");
        hint.getStyleClass().add("studio-hint");
        hint.textProperty().bind(vm.choiceHintProperty());
        hint.setWrapText(true);
        hint.visibleProperty().bind(vm.choiceHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("training-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setStyle("-fx-min-width: 6em;");
        HBox.setHgrow(progress, Priority.ALWAYS);
        ToggleButton hideSettings = new ToggleButton("Hide settings");
        hideSettings.setId("hide-settings");
        hideSettings.setMinWidth(Region.USE_PREF_SIZE);
        hideSettings.setTooltip(new Tooltip("Give the charts and the network the whole width (for the projector)"));
        hideSettings.selectedProperty().addListener((obs, o, hidden) -> {
            setLeft(hidden ? null : settings);
            hideSettings.setText(hidden ? "Show settings" : "Hide settings");
        });
        HBox progressRow = new HBox(10, runButtons, progress, hideSettings);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("training-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);

        Label message = new Label();
        message.setId("studio-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> vm.messageProperty().set(""));
        HBox messageBar = new HBox(10, message, dismiss);
        messageBar.setAlignment(Pos.CENTER_LEFT);
        messageBar.getStyleClass().add("studio-message-bar");
        messageBar.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageBar.managedProperty().bind(messageBar.visibleProperty());

        VBox top = new VBox(4, model, hint, progressRow, status, messageBar);
        top.setPadding(new Insets(6, 10, 6, 10));
        top.getStyleClass().add("studio-header");
        return top;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void save() {
        ModelInfo info = vm.modelInfoProperty().get();
        String suggested = info == null ? "model.zip" : String.format(Locale.ROOT, "%s-%s-%de.zip", info.name(),
                info.dataset().cliName(), info.epochsTrained());
        files.chooseSaveFile(window(), suggested).ifPresent(vm::save);
    }

    private void open() {
        if (discard.allows(window(), "Opening another network")) {
            files.chooseOpenFile(window()).ifPresent(vm::load);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
