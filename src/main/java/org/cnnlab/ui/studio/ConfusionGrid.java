package org.cnnlab.ui.studio;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.cnnlab.training.run.ConfusionMatrix;

/**
 * The confusion matrix as a grid a student can click: rows are the true classes, columns what the
 * network said; each cell shows its count, tinted by its share of the row (blue on the diagonal,
 * where the network was right; orange off it, where it was wrong; darker means a larger share,
 * tint = sqrt(share) so that rare confusions stay visible).
 */
final class ConfusionGrid extends GridPane {
    private static final Color RIGHT = Color.web("#1d4f91");
    private static final Color WRONG = Color.web("#b35806");

    private final BiConsumer<Integer, Integer> onCellClicked;
    private Label selected;

    ConfusionGrid(BiConsumer<Integer, Integer> onCellClicked) {
        this.onCellClicked = onCellClicked;
        getStyleClass().add("confusion-grid");
        setHgap(2);
        setVgap(2);
    }

    void show(ConfusionMatrix matrix, List<String> classNames) {
        getChildren().clear();
        selected = null;
        Label corner = new Label("true ↓   said →");
        corner.getStyleClass().add("studio-hint");
        corner.setMinWidth(Region.USE_PREF_SIZE);
        add(corner, 0, 0);
        int n = matrix.classCount();
        for (int p = 0; p < n; p++) {
            Label name = new Label(classNames.get(p));
            name.getStyleClass().add("confusion-header");
            name.setRotate(-90);
            Group rotated = new Group(name);
            GridPane.setHalignment(rotated, javafx.geometry.HPos.CENTER);
            GridPane.setValignment(rotated, javafx.geometry.VPos.BOTTOM);
            add(rotated, p + 1, 0);
        }
        for (int a = 0; a < n; a++) {
            Label name = new Label(classNames.get(a));
            name.getStyleClass().add("confusion-header");
            name.setMinWidth(Region.USE_PREF_SIZE);
            add(name, 0, a + 1);
            int rowTotal = matrix.actualCount(a);
            for (int p = 0; p < n; p++) {
                add(cell(matrix.count(a, p), rowTotal, a, p, classNames), p + 1, a + 1);
            }
        }
    }

    private Label cell(int count, int rowTotal, int actual, int predicted, List<String> classNames) {
        double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
        double tint = Math.sqrt(share);
        Color base = actual == predicted ? RIGHT : WRONG;
        Color fill = Color.WHITE.interpolate(base, tint);
        Label cell = new Label(count == 0 ? "·" : String.format(Locale.ROOT, "%d", count));
        cell.setId("confusion-" + actual + "-" + predicted);
        cell.getStyleClass().add("confusion-cell");
        cell.setAlignment(Pos.CENTER);
        cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: %s; -fx-text-fill: %s;", web(fill),
                tint > 0.55 ? "white" : "#1a1a1a"));
        cell.setTooltip(new Tooltip(String.format(Locale.ROOT, "%d of %d images of %s (%.1f%%) were called %s", count, rowTotal,
                classNames.get(actual), share * 100, classNames.get(predicted))));
        cell.setOnMouseClicked(e -> {
            if (selected != null) {
                selected.getStyleClass().remove("confusion-selected");
            }
            selected = cell;
            cell.getStyleClass().add("confusion-selected");
            onCellClicked.accept(actual, predicted);
        });
        return cell;
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
