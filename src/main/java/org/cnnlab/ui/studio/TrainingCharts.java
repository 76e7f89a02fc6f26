package org.cnnlab.ui.studio;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The learning curves: loss (left) and accuracy (right), training and validation, either by batch
 * (every weight update, noisy) or by epoch (one point per pass over the data, as Keras' history).
 * Charts are not animated and each line holds at most {@link TrainingCurves#MAX_CHART_POINTS}
 * points, so they keep up with a live run. The view model's curves are plain lists of points; each
 * becomes a chart series here, replaced as a whole when its list changes.
 */
final class TrainingCharts extends VBox {
    private final LineChart<Number, Number> batchLoss;
    private final LineChart<Number, Number> batchAccuracy;
    private final LineChart<Number, Number> epochLoss;
    private final LineChart<Number, Number> epochAccuracy;

    TrainingCharts(StudioViewModel vm) {
        getStyleClass().add("training-charts");
        setSpacing(6);
        setPadding(new Insets(6));

        TrainingCurves curves = vm.curves();
        batchLoss = chart("batch (weight update)", "loss", false, List.of(series(curves.batchLoss())));
        batchAccuracy = chart("batch (weight update)", "accuracy (%)", false, List.of(series(curves.batchAccuracy()),
                series(curves.batchValidationAccuracy())));
        epochLoss = chart("epoch", "loss", true, List.of(series(curves.epochLoss()),
                series(curves.epochValidationLoss())));
        epochAccuracy = chart("epoch", "accuracy (%)", true, List.of(series(curves.epochAccuracy()),
                series(curves.epochValidationAccuracy())));
        batchLoss.setId("chart-batch-loss");
        batchAccuracy.setId("chart-batch-accuracy");
        epochLoss.setId("chart-epoch-loss");
        epochAccuracy.setId("chart-epoch-accuracy");
        batchLoss.setTitle("Loss: lower is better");
        epochLoss.setTitle("Loss: lower is better");
        batchAccuracy.setTitle("Accuracy: higher is better");
        epochAccuracy.setTitle("Accuracy: higher is better");

        fitAccuracyAxis(batchAccuracy);
        fitAccuracyAxis(epochAccuracy);
        fitEpochAxis(epochLoss, vm);
        fitEpochAxis(epochAccuracy, vm);
        fitBatchAxis(batchLoss);
        fitBatchAxis(batchAccuracy);

        HBox byBatch = pair(batchLoss, batchAccuracy);
        HBox byEpoch = pair(epochLoss, epochAccuracy);
        byBatch.visibleProperty().bind(vm.showEpochsProperty().not());
        byEpoch.visibleProperty().bind(vm.showEpochsProperty());
        StackPane charts = new StackPane(byBatch, byEpoch);
        VBox.setVgrow(charts, Priority.ALWAYS);

        ToggleButton batches = new ToggleButton("By batch");
        batches.setId("charts-by-batch");
        batches.setTooltip(new Tooltip("One point per weight update: noisy, but you see learning start at once."));
        ToggleButton epochs = new ToggleButton("By epoch");
        epochs.setId("charts-by-epoch");
        epochs.setTooltip(new Tooltip("One point per pass over the training images, with the validation curves: "
                + "when validation stops improving while training still does, the network is overfitting."));
        batches.setMinWidth(Region.USE_PREF_SIZE);
        epochs.setMinWidth(Region.USE_PREF_SIZE);
        SegmentedButton toggle = new SegmentedButton(batches, epochs);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = toggle.getToggleGroup();
        batches.setSelected(!vm.showEpochsProperty().get());
        epochs.setSelected(vm.showEpochsProperty().get());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.showEpochsProperty().set(now == epochs);
            }
        });
        Label hint = new Label("Validation images are never trained on: they show how well the network generalises.");
        hint.getStyleClass().add("studio-hint");
        hint.setWrapText(true);
        HBox top = new HBox(12, toggle, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, charts);
    }

    /** The chart pair on screen (for tests): loss then accuracy. */
    List<LineChart<Number, Number>> visibleCharts() {
        return batchLoss.getParent().isVisible() ? List.of(batchLoss, batchAccuracy) : List.of(epochLoss, epochAccuracy);
    }

    /**
     * Accuracy ends at 100%: the axis runs from a round value below the lowest point to exactly 100,
     * so the last few percent a network gains stay visible.
     */
    private static void fitAccuracyAxis(LineChart<Number, Number> chart) {
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setAutoRanging(false);
        y.setUpperBound(100);
        y.setLowerBound(0);
        y.setTickUnit(10);
        Runnable fit = () -> {
            double lowest = 100;
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                for (XYChart.Data<Number, Number> point : series.getData()) {
                    lowest = Math.min(lowest, point.getYValue().doubleValue());
                }
            }
            double lower = Math.max(0, Math.floor((lowest - 1) / 10) * 10);
            double span = 100 - lower;
            y.setLowerBound(lower);
            y.setTickUnit(span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10);
        };
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            series.getData().addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> fit.run());
        }
    }

    /** Most intervals between tick labels on the batch axis: wide labels (10,000 at projector scale) stay apart. */
    private static final int BATCH_TICKS = 5;
    /** Room after the last epoch, in epochs. */
    private static final double EPOCH_MARGIN = 0.5;

    /** Batches: the axis runs from 0 to a round step past the last batch, with at most {@value #BATCH_TICKS} round intervals. */
    private static void fitBatchAxis(LineChart<Number, Number> chart) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setMinorTickVisible(false);
        Runnable fit = () -> {
            double last = 0;
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                for (XYChart.Data<Number, Number> point : series.getData()) {
                    last = Math.max(last, point.getXValue().doubleValue());
                }
            }
            double unit = TickSpacing.unit(Math.max(last, 10), BATCH_TICKS);
            x.setTickUnit(unit);
            x.setUpperBound(TickSpacing.upperBound(Math.max(last, 10), unit));
        };
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            series.getData().addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> fit.run());
        }
        fit.run();
    }

    /**
     * Epochs are whole numbers: the axis runs from 0 to half an epoch past the run's last one (so the
     * last point's marker is not cut by the edge), one tick per epoch (or per few).
     */
    private static void fitEpochAxis(LineChart<Number, Number> chart, StudioViewModel vm) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setMinorTickVisible(false);
        Runnable fit = () -> {
            double last = vm.settings().epochsProperty().get();
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                for (XYChart.Data<Number, Number> point : series.getData()) {
                    last = Math.max(last, point.getXValue().doubleValue());
                }
            }
            x.setUpperBound(Math.max(1, last) + EPOCH_MARGIN);
            x.setTickUnit(Math.max(1, Math.ceil(last / 10)));
        };
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            series.getData().addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> fit.run());
        }
        vm.settings().epochsProperty().addListener((obs, o, n) -> fit.run());
        fit.run();
    }

    /** A chart series that follows {@code curve}: named like it, its data replaced whenever the curve's points are. */
    private static XYChart.Series<Number, Number> series(TrainingCurves.Curve curve) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(curve.name());
        Runnable copy = () -> series.getData().setAll(curve.points().stream()
                .map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList());
        curve.points().addListener((ListChangeListener<ChartPoint>) change -> copy.run());
        copy.run();
        return series;
    }

    private static HBox pair(LineChart<Number, Number> loss, LineChart<Number, Number> accuracy) {
        HBox box = new HBox(8, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        loss.setMaxWidth(Double.MAX_VALUE);
        accuracy.setMaxWidth(Double.MAX_VALUE);
        loss.setMaxHeight(Double.MAX_VALUE);
        accuracy.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static LineChart<Number, Number> chart(String xLabel, String yLabel, boolean symbols,
            List<XYChart.Series<Number, Number>> series) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(yLabel.startsWith("loss"));
        y.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(symbols);
        chart.getStyleClass().add("training-chart");
        chart.getData().addAll(series);
        chart.setMinSize(0, 0);
        chart.setPrefSize(200, 200);
        return chart;
    }
}
