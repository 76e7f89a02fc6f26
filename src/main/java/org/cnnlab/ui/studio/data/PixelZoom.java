package org.cnnlab.ui.studio.data;

import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.ui.controls.CanvasRegion;

/**
 * One sample enlarged, one square per pixel. While the mouse is over it every square shows its
 * value 0–255 (when the squares are big enough to read) and the square under the mouse is
 * outlined; its row, column and value are reported to a listener for the caption.
 */
final class PixelZoom extends CanvasRegion {
    private Dataset dataset;
    private int sample = -1;
    private int hoverRow = -1;
    private int hoverColumn = -1;
    private Consumer<String> onHover = text -> { };

    PixelZoom() {
        super(false);
        getStyleClass().add("pixel-zoom");
        setMinSize(140, 140);
        canvas().setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas().setOnMouseExited(e -> {
            hoverRow = -1;
            hoverColumn = -1;
            onHover.accept("");
            draw();
        });
    }

    void setOnHover(Consumer<String> listener) {
        this.onHover = listener;
    }

    void show(Dataset source, int index) {
        this.dataset = source;
        this.sample = source == null ? -1 : index;
        draw();
    }

    /** Side of one pixel's square on screen. */
    double cellSize() {
        return dataset == null ? 0 : Math.floor(Math.min(canvas().getWidth() / dataset.columns(), canvas().getHeight() / dataset.rows()));
    }

    /** Simulates the pointer over pixel (row, column), as the mouse does. */
    void hoverPixel(int row, int column) {
        double cell = cellSize();
        hover((column + 0.5) * cell, (row + 0.5) * cell);
    }

    private void hover(double x, double y) {
        double cell = cellSize();
        if (sample < 0 || cell <= 0) {
            return;
        }
        int column = (int) (x / cell);
        int row = (int) (y / cell);
        if (row >= dataset.rows() || column >= dataset.columns()) {
            hoverRow = -1;
            hoverColumn = -1;
            onHover.accept("");
        } else {
            hoverRow = row;
            hoverColumn = column;
            onHover.accept("Row " + row + ", column " + column + ": " + dataset.pixel(sample, row, column)
                    + "   (0 = black, 255 = white)");
        }
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, canvas().getWidth(), canvas().getHeight());
        double cell = cellSize();
        if (sample < 0 || cell < 1) {
            return;
        }
        int rows = dataset.rows();
        int columns = dataset.columns();
        boolean writeValues = hoverRow >= 0 && cell >= 12;
        g.setFont(Font.font("monospace", cell * 0.42));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                int v = dataset.pixel(sample, y, x);
                g.setFill(Color.grayRgb(v));
                g.fillRect(x * cell, y * cell, cell, cell);
                if (writeValues) {
                    g.setFill(v < 128 ? Color.gray(0.75) : Color.BLACK);
                    g.fillText(Integer.toString(v), x * cell + cell / 2, y * cell + cell / 2, cell - 1);
                }
            }
        }
        if (cell >= 6) {
            g.setStroke(Color.gray(0.5, 0.35));
            g.setLineWidth(1);
            for (int i = 0; i <= columns; i++) {
                g.strokeLine(i * cell + 0.5, 0, i * cell + 0.5, rows * cell);
            }
            for (int i = 0; i <= rows; i++) {
                g.strokeLine(0, i * cell + 0.5, columns * cell, i * cell + 0.5);
            }
        }
        if (hoverRow >= 0) {
            g.setStroke(Color.ORANGE);
            g.setLineWidth(2.5);
            g.strokeRect(hoverColumn * cell + 1, hoverRow * cell + 1, cell - 2, cell - 2);
        }
    }
}
