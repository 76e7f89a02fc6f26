package org.cnnlab.ui.studio.data;

import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.ui.controls.CanvasRegion;

/**
 * One page of samples as a {@value DatasetBrowserViewModel#GRID}x{@value DatasetBrowserViewModel#GRID}
 * grid of thumbnails, each with its class name underneath, drawn on a single canvas: the page's
 * pixels go into one small image that is drawn cell by cell without smoothing, so every pixel stays
 * a sharp square. Clicking a thumbnail reports the sample's dataset index.
 */
final class SampleGrid extends CanvasRegion {
    private static final int GRID = DatasetBrowserViewModel.GRID;

    private Dataset dataset;
    private int[] samples = new int[0];
    private int selected = -1;
    private WritableImage page;
    private IntConsumer onPick = index -> { };

    SampleGrid() {
        super(false);
        getStyleClass().add("sample-grid");
        setCursor(Cursor.HAND);
        setMinSize(200, 200);
        canvas().setOnMouseClicked(e -> {
            int cell = cellAt(e.getX(), e.getY());
            if (cell >= 0 && cell < samples.length) {
                onPick.accept(samples[cell]);
            }
        });
    }

    void setOnPick(IntConsumer listener) {
        this.onPick = listener;
    }

    /** Shows {@code shown} (dataset indices) of {@code source}. */
    void show(Dataset source, int[] shown) {
        this.dataset = source;
        this.samples = shown.clone();
        this.page = source == null || shown.length == 0 ? null : render(source, shown);
        draw();
    }

    /** Outlines the thumbnail of dataset index {@code index}, if it is on the page. */
    void setSelected(int index) {
        this.selected = index;
        draw();
    }

    /** The dataset index shown in grid cell (row, column); -1 for an empty cell. */
    int sampleAt(int row, int column) {
        int cell = row * GRID + column;
        return cell < samples.length ? samples[cell] : -1;
    }

    private static WritableImage render(Dataset source, int[] shown) {
        int side = source.rows();
        int width = source.columns();
        int[] argb = new int[GRID * width * GRID * side];
        int stride = GRID * width;
        for (int cell = 0; cell < shown.length; cell++) {
            int top = (cell / GRID) * side;
            int left = (cell % GRID) * width;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < width; x++) {
                    int v = source.pixel(shown[cell], y, x);
                    argb[(top + y) * stride + left + x] = 0xFF000000 | v << 16 | v << 8 | v;
                }
            }
        }
        WritableImage image = new WritableImage(stride, GRID * side);
        image.getPixelWriter().setPixels(0, 0, stride, GRID * side, PixelFormat.getIntArgbInstance(), argb, 0, stride);
        return image;
    }

    private double cellWidth() {
        return canvas().getWidth() / GRID;
    }

    private double cellHeight() {
        return canvas().getHeight() / GRID;
    }

    private int cellAt(double x, double y) {
        int column = (int) (x / cellWidth());
        int row = (int) (y / cellHeight());
        return column < 0 || column >= GRID || row < 0 || row >= GRID ? -1 : row * GRID + column;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas().getGraphicsContext2D();
        double cw = cellWidth();
        double ch = cellHeight();
        g.clearRect(0, 0, canvas().getWidth(), canvas().getHeight());
        if (page == null || cw < 4 || ch < 4) {
            return;
        }
        double fontSize = Math.max(8, Math.min(15, ch * 0.2));
        double labelHeight = fontSize * 1.3;
        double thumb = Math.max(2, Math.min(cw - 4, ch - labelHeight - 4));
        int side = dataset.rows();
        int width = dataset.columns();
        g.setImageSmoothing(false);
        g.setFont(Font.font(fontSize));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int cell = 0; cell < samples.length; cell++) {
            int row = cell / GRID;
            int column = cell % GRID;
            double x = column * cw + (cw - thumb) / 2;
            double y = row * ch + 2;
            g.drawImage(page, column * width, row * side, width, side, x, y, thumb, thumb);
            if (samples[cell] == selected) {
                g.setStroke(Color.ORANGE);
                g.setLineWidth(3);
                g.strokeRect(x - 1.5, y - 1.5, thumb + 3, thumb + 3);
            }
            g.setFill(Color.gray(0.35));
            g.fillText(dataset.className(dataset.label(samples[cell])), column * cw + cw / 2, y + thumb + 1, cw - 2);
        }
    }
}
