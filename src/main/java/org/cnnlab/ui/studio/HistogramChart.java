package org.cnnlab.ui.studio;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.cnnlab.services.studio.Histogram;
import org.cnnlab.ui.controls.CanvasRegion;

/**
 * A histogram as a small bar chart: one bar per bin, its height the bin's count relative to the
 * fullest bin; a line in the canvas ink marks zero when the range contains it.
 */
final class HistogramChart extends CanvasRegion {
    private final Color colour;
    private Histogram histogram;

    HistogramChart(Color colour) {
        super(false);
        this.colour = colour;
        getStyleClass().add("histogram-chart");
        setStyle("-fx-pref-width: 14em; -fx-min-width: 8em; -fx-pref-height: 4.5em; -fx-min-height: 3em;");
    }

    void show(Histogram shown) {
        histogram = shown;
        draw();
    }

    Histogram histogram() {
        return histogram;
    }


    @Override
    protected void draw() {
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        GraphicsContext g = clearToBackground();
        if (histogram == null || histogram.bins() == 0 || width < 2 || height < 2) {
            return;
        }
        int[] counts = histogram.counts();
        int fullest = 1;
        for (int c : counts) {
            fullest = Math.max(fullest, c);
        }
        double barWidth = width / counts.length;
        g.setFill(colour);
        for (int i = 0; i < counts.length; i++) {
            double h = (height - 2) * counts[i] / fullest;
            g.fillRect(i * barWidth, height - h, Math.max(1, barWidth - (barWidth > 4 ? 1 : 0)), h);
        }
        if (histogram.min() < 0 && histogram.max() > 0) {
            double zero = width * (-histogram.min()) / (histogram.max() - histogram.min());
            g.setStroke(ink());
            g.setLineDashes(3, 3);
            g.strokeLine(zero, 0, zero, height);
            g.setLineDashes();
        }
    }
}
