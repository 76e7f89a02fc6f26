package org.cnnlab.ui.sandbox;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.ui.controls.NumberText;

/**
 * The sandbox's lower area: the one-pixel math of the traced pixel, and the numbers of the
 * selected filter (output-size formula, what the weights do to brightness, map statistics, the
 * engine and its time).
 */
final class ArithmeticPane extends HBox {
    private final Label mathLabel = new Label();
    private final Label formulaLabel = new Label();
    private final Label brightnessLabel = new Label();
    private final Label statsLabel = new Label();
    private final Label engineLabel = new Label();

    ArithmeticPane(SandboxViewModel vm) {
        mathLabel.getStyleClass().add("sandbox-math");
        mathLabel.setId("pixel-math");
        mathLabel.setWrapText(true);
        mathLabel.setMaxWidth(Double.MAX_VALUE);
        mathLabel.textProperty().bind(vm.probes().mathTextProperty());
        Label mathTitle = new Label("One-pixel math");
        mathTitle.getStyleClass().add("map-title");
        ScrollPane mathScroll = new ScrollPane(mathLabel);
        mathScroll.setFitToWidth(true);
        mathScroll.setStyle("-fx-pref-height: 6em;");
        VBox math = new VBox(2, mathTitle, mathScroll);
        HBox.setHgrow(math, Priority.ALWAYS);

        formulaLabel.textProperty().bind(vm.formulaTextProperty());
        formulaLabel.setId("formula");
        brightnessLabel.textProperty().bind(vm.brightnessTextProperty());
        brightnessLabel.setId("brightness");
        statsLabel.textProperty().bind(vm.statsTextProperty());
        statsLabel.setId("stats");
        for (Label l : List.of(formulaLabel, brightnessLabel, statsLabel, engineLabel)) {
            l.setWrapText(true);
            l.getStyleClass().add("sandbox-number");
        }
        formulaLabel.setTooltip(new Tooltip("output size = floor((n + 2p − k) / s) + 1"));
        Label numbersTitle = new Label("Output size and statistics");
        numbersTitle.getStyleClass().add("map-title");
        VBox numbersBox = new VBox(2, formulaLabel, brightnessLabel, statsLabel, engineLabel);
        ScrollPane numbersScroll = new ScrollPane(numbersBox);
        numbersScroll.setFitToWidth(true);
        numbersScroll.setStyle("-fx-pref-height: 6em;");
        VBox numbers = new VBox(2, numbersTitle, numbersScroll);
        numbers.setStyle("-fx-pref-width: 34em; -fx-min-width: 20em;");
        getChildren().addAll(math, numbers);
        setSpacing(10);
        setPadding(new Insets(4, 8, 6, 8));
        getStyleClass().add("sandbox-bottom");
    }

    /** The one-pixel math as shown. */
    String mathText() {
        return mathLabel.getText();
    }

    /** Names the engine that computed {@code result} and how long it took. */
    void showEngine(PipelineResult result) {
        engineLabel.setText("engine " + result.engine() + ", computed in " + NumberText.format(result.computeNanos() / 1e6, 1)
                + " ms");
    }

    /** The font size, the unit the screen is laid out in. */
    double em() {
        return formulaLabel.getFont().getSize();
    }
}
