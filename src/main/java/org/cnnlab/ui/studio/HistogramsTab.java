package org.cnnlab.ui.studio;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.cnnlab.services.studio.Histogram;
import org.cnnlab.services.studio.LayerHistograms;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.ui.controls.NumberText;

/**
 * How the weights of each layer are spread and how strongly the last batch pushed them (the
 * gradients): healthy training shows weights spreading out from their random start and gradients
 * that neither vanish to zero nor explode.
 */
final class HistogramsTab extends ScrollPane {
    /** True while the tab is on screen: pictures that arrive meanwhile are drawn only when it is shown again. */
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private static final Color WEIGHTS = Color.web("#3b528b");
    private static final Color GRADIENTS = Color.web("#e08214");

    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private List<String> layerNames = List.of();

    HistogramsTab(StudioViewModel vm) {
        getStyleClass().add("histograms-tab");
        setFitToWidth(true);
        grid.setHgap(16);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        Label intro = new Label("Weights: the values the network learned. Gradients: how much the last batch wanted to change "
                + "them (before the optimiser's step). Gradients near zero everywhere mean learning has stalled.");
        intro.getStyleClass().add("studio-hint");
        intro.setWrapText(true);
        VBox content = new VBox(8, intro, grid);
        content.setPadding(new Insets(8));
        setContent(content);
        DrawnWhileShown.bind(showing, vm.pictureProperty(), this::show);
    }

    BooleanProperty showingProperty() {
        return showing;
    }

    /** Layers shown (for tests). */
    int layerCount() {
        return rows.size();
    }

    private void show(NetworkPicture picture) {
        List<LayerHistograms> histograms = picture == null ? List.of() : picture.histograms();
        List<String> names = histograms.stream().map(LayerHistograms::layerName).toList();
        if (!names.equals(layerNames)) {
            grid.getChildren().clear();
            rows.clear();
            if (!names.isEmpty()) {
                grid.addRow(0, header("Layer"), header("Weights"), header("Gradients"));
            }
            for (int i = 0; i < names.size(); i++) {
                Row row = new Row(names.get(i));
                rows.add(row);
                grid.addRow(i + 1, row.name, row.weights.box, row.gradients.box);
            }
            layerNames = names;
        }
        for (int i = 0; i < histograms.size(); i++) {
            rows.get(i).weights.show(histograms.get(i).weights());
            rows.get(i).gradients.show(histograms.get(i).gradients());
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("studio-section-title");
        return label;
    }

    private static final class Row {
        private final Label name;
        private final Cell weights = new Cell(WEIGHTS);
        private final Cell gradients = new Cell(GRADIENTS);

        Row(String layerName) {
            name = new Label(layerName);
            name.getStyleClass().add("activation-title");
        }
    }

    private static final class Cell {
        private final HistogramChart chart;
        private final Label range = new Label();
        private final VBox box;

        Cell(Color colour) {
            chart = new HistogramChart(colour);
            range.getStyleClass().add("studio-hint");
            box = new VBox(2, chart, range);
        }

        void show(Histogram histogram) {
            chart.show(histogram);
            range.setText(histogram == null ? "not measured yet: train a batch"
                    : "min " + NumberText.compact(histogram.min()) + " · max " + NumberText.compact(histogram.max()));
        }
    }
}
