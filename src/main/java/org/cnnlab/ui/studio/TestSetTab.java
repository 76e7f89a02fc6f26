package org.cnnlab.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.run.ConfusionMatrix;

/**
 * The network scored on the 10,000 test images it never trained on: the confusion matrix (click a
 * cell to see its images) and the mistakes it was surest about.
 */
final class TestSetTab extends HBox {
    private final StudioViewModel vm;
    private final Label accuracy = new Label("Not evaluated yet.");
    private final ConfusionGrid grid;
    private final Label cellText = new Label();
    private final FlowPane cellImages = new FlowPane(6, 6);
    private final FlowPane mistakes = new FlowPane(6, 6);

    TestSetTab(StudioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("test-set-tab");
        setSpacing(12);
        setPadding(new Insets(8));
        grid = new ConfusionGrid(vm.report()::selectCell);
        grid.setId("confusion-grid");

        Button evaluate = new Button("Evaluate on the test set");
        evaluate.setId("evaluate");
        evaluate.getStyleClass().add("accent");
        evaluate.setTooltip(new Tooltip("Runs the network on all 10,000 test images, which it never trained on: "
                + "the honest measure of what it learned."));
        evaluate.disableProperty().bind(vm.canEvaluateProperty().not());
        evaluate.setOnAction(e -> vm.evaluate());
        accuracy.setId("test-accuracy");
        accuracy.getStyleClass().add("studio-section-title");
        accuracy.setWrapText(true);
        Label legend = new Label("Rows: the true class. Columns: what the network said. Blue: right, orange: wrong; "
                + "the darker, the larger the share of the row.");
        legend.getStyleClass().add("studio-hint");
        legend.setWrapText(true);
        VBox left = new VBox(8, evaluate, accuracy, legend, grid);
        left.setStyle("-fx-pref-width: 36em;");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setStyle("-fx-pref-width: 37em; -fx-min-width: 20em;");
        // The matrix may be wider than the pane and scroll sideways; the texts above it wrap
        // within what is in view instead of running under its edge.
        for (Label text : List.of(accuracy, legend)) {
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        leftScroll.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            accuracy.setMaxWidth(bounds.getWidth());
            legend.setMaxWidth(bounds.getWidth());
        });

        Label cellTitle = new Label("Images in the cell");
        cellTitle.getStyleClass().add("studio-section-title");
        cellText.getStyleClass().add("studio-hint");
        cellText.setWrapText(true);
        cellText.textProperty().bind(vm.report().cellTextProperty());
        cellImages.setId("cell-images");
        cellImages.setPadding(new Insets(4));
        ScrollPane cellScroll = new ScrollPane(cellImages);
        cellScroll.setFitToWidth(true);
        VBox.setVgrow(cellScroll, Priority.ALWAYS);

        Label mistakesTitle = new Label("Most confident mistakes");
        mistakesTitle.getStyleClass().add("studio-section-title");
        Label mistakesHint = new Label("true class → what the network said, and how sure it was");
        mistakesHint.getStyleClass().add("studio-hint");
        mistakes.setId("mistakes");
        mistakes.setPadding(new Insets(4));
        ScrollPane mistakesScroll = new ScrollPane(mistakes);
        mistakesScroll.setFitToWidth(true);
        mistakesScroll.setStyle("-fx-pref-height: 11em; -fx-min-height: 8em;");

        cellText.setMinHeight(Region.USE_PREF_SIZE);
        mistakesHint.setWrapText(true);
        mistakesHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(6, cellTitle, cellText, cellScroll, mistakesTitle, mistakesHint, mistakesScroll);
        right.setStyle("-fx-min-width: 17em;");
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(leftScroll, right);

        vm.report().testReportProperty().addListener((obs, o, report) -> showReport(report));
        vm.report().testImagesProperty().addListener((obs, o, images) -> {
            showCellImages();
            showMistakes(vm.report().testReportProperty().get());
        });
        vm.report().cellSamples().addListener((javafx.collections.ListChangeListener<Integer>) change -> showCellImages());
        showReport(vm.report().testReportProperty().get());
    }

    private void showReport(TestReport report) {
        if (report == null) {
            grid.getChildren().clear();
            accuracy.setText("Not evaluated yet.");
            mistakes.getChildren().clear();
            cellImages.getChildren().clear();
            return;
        }
        List<String> names = vm.report().testReportDatasetProperty().get().classNames();
        ConfusionMatrix matrix = report.matrix();
        long total = 0;
        for (int c = 0; c < matrix.classCount(); c++) {
            total += matrix.actualCount(c);
        }
        accuracy.setText(String.format(Locale.ROOT, "Test accuracy %.2f%%: %,d of %,d images right", report.accuracy() * 100,
                Math.round(report.accuracy() * total), total));
        grid.show(matrix, names);
        showMistakes(report);
        showCellImages();
    }

    private void showMistakes(TestReport report) {
        Dataset images = vm.report().testImagesProperty().get();
        if (report == null) {
            return;
        }
        if (images == null) {
            mistakes.getChildren().setAll(new Label("Loading the test images…"));
            return;
        }
        List<String> names = vm.report().testReportDatasetProperty().get().classNames();
        List<Node> tiles = new ArrayList<>();
        for (ConfusionMatrix.Mistake m : report.mistakes().subList(0, Math.min(report.mistakes().size(),
                TestReportViewModel.MISTAKES_SHOWN))) {
            Thumbnail tile = new Thumbnail(images, m.sourceIndex(), names.get(m.actual()) + " → " + names.get(m.predicted()),
                    String.format(Locale.ROOT, "%.0f%% sure", m.confidence() * 100.0));
            Tooltip.install(tile, new Tooltip("Test image #" + m.sourceIndex()));
            tiles.add(tile);
        }
        if (tiles.isEmpty()) {
            mistakes.getChildren().setAll(new Label("No mistakes at all."));
        } else {
            mistakes.getChildren().setAll(tiles);
        }
    }

    private void showCellImages() {
        Dataset images = vm.report().testImagesProperty().get();
        if (vm.report().cellSamples().isEmpty()) {
            cellImages.getChildren().clear();
            return;
        }
        if (images == null) {
            cellImages.getChildren().setAll(new Label("Loading the test images…"));
            return;
        }
        List<Node> tiles = new ArrayList<>();
        for (int index : vm.report().cellSamples()) {
            tiles.add(new Thumbnail(images, index, "#" + index));
        }
        cellImages.getChildren().setAll(tiles);
    }

    /** Thumbnails shown for the selected cell (for tests). */
    int cellImageCount() {
        return (int) cellImages.getChildren().stream().filter(n -> n instanceof Thumbnail).count();
    }

    int mistakeCount() {
        return (int) mistakes.getChildren().stream().filter(n -> n instanceof Thumbnail).count();
    }
}
