package org.cnnlab.ui.studio.data;

import java.util.Arrays;
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
import org.cnnlab.ui.controls.map.NearestNeighbour;
import org.cnnlab.ui.controls.map.PixelRect;
import org.cnnlab.ui.controls.map.SampledRegion;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * One page of samples as a {@value DatasetBrowserViewModel#GRID}x{@value DatasetBrowserViewModel#GRID}
 * grid of thumbnails, each with its class name underneath, drawn on a single canvas: every
 * thumbnail is enlarged by nearest neighbour into one canvas-sized image drawn one to one, so every
 * pixel stays a sharp square on every rendering pipeline (the software one ignores "no smoothing").
 * Clicking a thumbnail reports the sample's dataset index.
 */
final class SampleGrid extends CanvasRegion {
    private static final int GRID = DatasetBrowserViewModel.GRID;

    private Dataset dataset;
    private int[] samples = new int[0];
    private int selected = -1;
    private int[][] tiles;
    private int[] screen = new int[0];
    private WritableImage screenImage;
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
        this.tiles = source == null || shown.length == 0 ? null : render(source, shown);
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

    /** The pixels of each shown sample, as opaque gray ARGB. */
    private static int[][] render(Dataset source, int[] shown) {
        int[][] pixels = new int[shown.length][source.rows() * source.columns()];
        for (int cell = 0; cell < shown.length; cell++) {
            for (int y = 0; y < source.rows(); y++) {
                for (int x = 0; x < source.columns(); x++) {
                    int v = source.pixel(shown[cell], y, x);
                    pixels[cell][y * source.columns() + x] = 0xFF000000 | v << 16 | v << 8 | v;
                }
            }
        }
        return pixels;
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
        if (tiles == null || cw < 4 || ch < 4) {
            return;
        }
        double fontSize = Math.max(8, Math.min(15, ch * 0.2));
        double labelHeight = fontSize * 1.3;
        int thumb = (int) Math.max(2, Math.min(cw - 4, ch - labelHeight - 4));
        paintThumbnails(g, cw, ch, thumb);
        g.setFont(Font.font(fontSize));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int cell = 0; cell < samples.length; cell++) {
            int row = cell / GRID;
            int column = cell % GRID;
            double x = thumbnailLeft(column, cw, thumb);
            double y = thumbnailTop(row, ch);
            if (samples[cell] == selected) {
                g.setStroke(Color.ORANGE);
                g.setLineWidth(3);
                g.strokeRect(x - 1.5, y - 1.5, thumb + 3, thumb + 3);
            }
            g.setFill(ink());
            g.fillText(dataset.className(dataset.label(samples[cell])), column * cw + cw / 2, y + thumb + 1, cw - 2);
        }
    }

    private static int thumbnailLeft(int column, double cellWidth, int thumb) {
        return (int) Math.round(column * cellWidth + (cellWidth - thumb) / 2);
    }

    private static int thumbnailTop(int row, double cellHeight) {
        return (int) Math.round(row * cellHeight + 2);
    }

    /** Enlarges every sample to {@code thumb × thumb} pixels by nearest neighbour into one image, drawn one to one. */
    private void paintThumbnails(GraphicsContext g, double cw, double ch, int thumb) {
        int width = (int) Math.ceil(canvas().getWidth());
        int height = (int) Math.ceil(canvas().getHeight());
        if (screen.length != width * height) {
            screen = new int[width * height];
        } else {
            Arrays.fill(screen, 0);
        }
        int[] enlarged = new int[thumb * thumb];
        PixelRect sample = new PixelRect(0, 0, dataset.columns(), dataset.rows());
        Viewport zoom = new Viewport((double) thumb / Math.max(dataset.columns(), dataset.rows()), 0, 0);
        for (int cell = 0; cell < tiles.length; cell++) {
            NearestNeighbour.resample(new SampledRegion(sample, 1, tiles[cell]), zoom, thumb, thumb, enlarged, 0);
            int left = thumbnailLeft(cell % GRID, cw, thumb);
            int top = thumbnailTop(cell / GRID, ch);
            int visibleWidth = Math.min(thumb, width - left);
            for (int y = 0; y < thumb && top + y < height && visibleWidth > 0; y++) {
                System.arraycopy(enlarged, y * thumb, screen, (top + y) * width + left, visibleWidth);
            }
        }
        if (screenImage == null || (int) screenImage.getWidth() != width || (int) screenImage.getHeight() != height) {
            screenImage = new WritableImage(width, height);
        }
        screenImage.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), screen, 0, width);
        g.drawImage(screenImage, 0, 0);
    }
}
