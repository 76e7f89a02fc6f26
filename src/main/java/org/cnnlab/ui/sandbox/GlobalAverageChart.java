package org.cnnlab.ui.sandbox;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cnnlab.ui.controls.NumberText;

/**
 * Global average pooling as a small bar chart: one bar per map, its length the map's mean
 * relative to the largest mean in magnitude, negative means drawn to the left of the zero line.
 */
final class GlobalAverageChart extends VBox {
    private static final double BAR_EM = 3;

    private final GridPane rows = new GridPane();

    GlobalAverageChart() {
        getStyleClass().add("gap-chart");
        Label hint = new Label("global average pooling: one number per map, its mean after the activation");
        hint.getStyleClass().add("map-info");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        rows.setHgap(6);
        rows.setVgap(3);
        setSpacing(4);
        getChildren().addAll(hint, rows);
    }

    /** One bar per {@code (name, value)}. */
    void show(List<String> names, List<Float> values) {
        rows.getChildren().clear();
        double largest = 0;
        for (float v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (int i = 0; i < names.size(); i++) {
            float v = values.get(i);
            double share = largest > 0 ? Math.abs(v) / largest : 0;
            Region bar = new Region();
            bar.getStyleClass().addAll("gap-bar", v < 0 ? "negative" : "positive");
            String width = String.format(java.util.Locale.ROOT, "%.3f", share * BAR_EM);
            bar.setStyle("-fx-pref-width: " + width + "em; -fx-max-width: " + width + "em; -fx-pref-height: 0.9em; "
                    + "-fx-max-height: 0.9em;");
            StackPane negative = new StackPane();
            StackPane positive = new StackPane();
            negative.setStyle("-fx-pref-width: " + BAR_EM + "em; -fx-min-width: " + BAR_EM + "em;");
            positive.setStyle("-fx-pref-width: " + BAR_EM + "em; -fx-min-width: " + BAR_EM + "em;");
            negative.setAlignment(Pos.CENTER_RIGHT);
            positive.setAlignment(Pos.CENTER_LEFT);
            (v < 0 ? negative : positive).getChildren().add(bar);
            Label value = new Label(NumberText.format(v, 3));
            value.getStyleClass().add("gap-value");
            Label name = new Label(names.get(i));
            name.setMinWidth(Label.USE_PREF_SIZE);
            value.setMinWidth(Label.USE_PREF_SIZE);
            rows.addRow(i, name, negative, positive, value);
        }
    }

    /** The values as shown, for tests: the text of each value label in order. */
    List<String> shownValues() {
        return rows.getChildren().stream().filter(n -> n.getStyleClass().contains("gap-value"))
                .map(n -> ((Label) n).getText()).toList();
    }
}
