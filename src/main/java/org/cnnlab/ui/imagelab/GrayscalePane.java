package org.cnnlab.ui.imagelab;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.ColorMap;
import org.cnnlab.imaging.Grayscale;
import org.cnnlab.imaging.GrayscaleDifference;

/**
 * The three grayscale conversions side by side, drawn on one 0–255 gray scale so they can be
 * compared by eye, and the signed difference of a chosen pair as a diverging heatmap with its
 * largest absolute value.
 */
public final class GrayscalePane extends VBox {
    private final Map<Grayscale, HeatmapPanel> panels = new EnumMap<>(Grayscale.class);
    private final ComboBox<GrayscaleDifference> pairBox = new ComboBox<>();
    private final HeatmapPanel differencePanel = new HeatmapPanel("Difference", 300);
    private final Label summary = new Label();
    private final Label note = new Label();

    public GrayscalePane() {
        getStyleClass().add("lab-section");
        note.getStyleClass().add("section-note");
        note.setWrapText(true);
        note.setText("Three ways to turn R, G, B into one gray value. The weights differ because the eye is most "
                + "sensitive to green; luma (Rec. 601) is what tf.image.rgb_to_grayscale uses.");
        FlowPane row = new FlowPane();
        row.getStyleClass().add("panel-flow");
        for (Grayscale method : Grayscale.values()) {
            HeatmapPanel panel = new HeatmapPanel(method.label() + "\n" + method.formula(), 300);
            panels.put(method, panel);
            row.getChildren().add(panel);
        }
        pairBox.setId("grayscalePairBox");
        pairBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(GrayscaleDifference d) {
                return d == null ? "" : d.first().label() + " − " + d.second().label();
            }

            @Override
            public GrayscaleDifference fromString(String text) {
                return null;
            }
        });
        pairBox.valueProperty().addListener((obs, old, now) -> showDifference(now));
        summary.setId("grayscaleSummary");
        summary.getStyleClass().add("difference-summary");
        summary.setWrapText(true);
        HBox pairRow = new HBox(new Label("Difference"), pairBox);
        pairRow.getStyleClass().add("control-row");
        VBox differenceBox = new VBox(pairRow, summary, differencePanel);
        differenceBox.getStyleClass().add("heatmap-panel");
        row.getChildren().add(differenceBox);
        getChildren().addAll(note, row);
    }

    public void setPanelSize(double size) {
        panels.values().forEach(p -> p.setDisplaySize(size));
        differencePanel.setDisplaySize(size);
    }

    public HeatmapPanel panel(Grayscale method) {
        return panels.get(method);
    }

    public HeatmapPanel differencePanel() {
        return differencePanel;
    }

    public String summaryText() {
        return summary.getText();
    }

    public void show(GrayscaleSet set) {
        if (set == null) {
            panels.values().forEach(HeatmapPanel::clear);
            differencePanel.clear();
            pairBox.getItems().clear();
            summary.setText("Open an image to compare the grayscale conversions.");
            return;
        }
        for (Grayscale method : Grayscale.values()) {
            HeatmapPanel panel = panels.get(method);
            MapStats stats = MapStats.of(set.plane(method), 0);
            panel.show(set.plane(method), 0, ColorMap.GRAY, 0, 255);
            panel.setCaption(String.format(Locale.ROOT, "values %.1f – %.1f, mean %.1f", stats.min(), stats.max(),
                    stats.mean()));
        }
        int selected = Math.max(0, pairBox.getSelectionModel().getSelectedIndex());
        List<GrayscaleDifference> differences = set.differences();
        pairBox.getItems().setAll(differences);
        pairBox.getSelectionModel().select(Math.min(selected, differences.size() - 1));
        showDifference(pairBox.getValue());
    }

    private void showDifference(GrayscaleDifference difference) {
        if (difference == null) {
            return;
        }
        String pair = difference.first().label() + " − " + difference.second().label();
        summary.setText(String.format(Locale.ROOT, "max |%s| = %.2f of 255", pair, difference.maxAbs()));
        differencePanel.setTitle(pair + ", per pixel");
        if (difference.maxAbs() == 0) {
            differencePanel.show(difference.difference(), 0, ColorMap.PURPLE_ORANGE, -1, 1);
            differencePanel.setCaption("No difference at all: the image is gray (R = G = B), and every method "
                    + "gives the same value.");
        } else {
            differencePanel.show(difference.difference(), 0, ColorMap.PURPLE_ORANGE);
            differencePanel.setCaption("Orange: " + difference.first().label() + " is brighter; purple: "
                    + difference.second().label() + " is brighter.");
        }
    }
}
