package org.cnnlab.ui.sandbox;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.ui.controls.NumberText;

/**
 * The sandbox's lower area, three boxes side by side: the one-pixel math of the traced pixel; the
 * numbers of the selected filter (output-size formula, what the weights do to brightness, map
 * statistics, the engine and its time); and global average pooling. The boxes keep fixed shares
 * of the width whatever they show (so they do not jump while the mouse moves), and grow with the
 * area when it is dragged taller; longer texts scroll.
 */
final class ArithmeticPane extends GridPane {
    private static final double[] SHARES = {42, 33, 25};

    private final Label mathLabel = new Label();
    private final Label formulaLabel = new Label();
    private final Label brightnessLabel = new Label();
    private final Label statsLabel = new Label();
    private final Label engineLabel = new Label();

    ArithmeticPane(SandboxViewModel vm, GlobalAverageChart averages) {
        mathLabel.getStyleClass().add("sandbox-math");
        mathLabel.setId("pixel-math");
        mathLabel.setWrapText(true);
        mathLabel.setMaxWidth(Double.MAX_VALUE);
        mathLabel.textProperty().bind(vm.probes().mathTextProperty());

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
        VBox numbers = new VBox(2, formulaLabel, brightnessLabel, statsLabel, engineLabel);
        averages.setPadding(new Insets(2, 4, 2, 4));

        setHgap(10);
        setPadding(new Insets(4, 8, 6, 8));
        getStyleClass().add("sandbox-bottom");
        for (double share : SHARES) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(share);
            c.setMinWidth(0);
            getColumnConstraints().add(c);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        getRowConstraints().add(row);
        addRow(0, box("One-pixel math", mathLabel, "pixel-math-scroll"),
                box("Sizes and statistics", numbers, "numbers-scroll"),
                box("Global averages", averages, "averages-scroll"));
        setMinHeight(0);
    }

    /** A titled box whose content scrolls and grows with the area. */
    private static VBox box(String title, Node content, String scrollId) {
        Label heading = new Label(title);
        heading.getStyleClass().add("map-title");
        heading.setWrapText(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(scrollId);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setStyle("-fx-min-height: 2.5em; -fx-pref-height: 6em;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(2, heading, scroll);
        box.setMinWidth(0);
        box.setMinHeight(0);
        return box;
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
}
