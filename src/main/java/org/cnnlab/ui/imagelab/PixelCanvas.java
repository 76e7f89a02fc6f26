package org.cnnlab.ui.imagelab;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cnnlab.ui.controls.map.CellLabel;
import org.cnnlab.ui.controls.map.ContrastStretch;
import org.cnnlab.ui.controls.map.NearestNeighbour;
import org.cnnlab.ui.controls.map.PixelRect;
import org.cnnlab.ui.controls.map.SampledRegion;
import org.cnnlab.ui.controls.map.ValueLabels;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * A decoded image drawn at a zoom factor with sharp, square pixels, and a crosshair box around
 * the pixel under the mouse. Hovering reports the image coordinates {@code (floor(mx / zoom),
 * floor(my / zoom))}; leaving reports {@code (-1, -1)}.
 *
 * <p>The pane is as large as the zoomed image (so a scroll pane can scroll it), but only the part
 * in {@linkplain #setVisibleArea view} is painted: by nearest neighbour into a screen-sized image
 * drawn one to one, so pixels stay hard squares on every rendering pipeline, even at 6400%. Once
 * a pixel is large enough, its values are written into it ({@link #setCellText}). With
 * {@linkplain #contrastStretchProperty() contrast stretch} the darkest value is drawn black and
 * the brightest white.
 */
public final class PixelCanvas extends Pane {
    /** The largest canvas side painted: more than any screen, far less than a 6400% image. */
    private static final int MAX_CANVAS_SIDE = 4096;
    private final Canvas canvas = new Canvas();
    private final Rectangle rowBand = new Rectangle();
    private final Rectangle columnBand = new Rectangle();
    private final Rectangle pixelBox = new Rectangle();
    private final BooleanProperty contrastStretch = new SimpleBooleanProperty(this, "contrastStretch", false);
    private int[] source;
    private int[] shown;
    private int width;
    private int height;
    private double zoom = 1;
    private double areaX;
    private double areaY;
    private double areaWidth = MAX_CANVAS_SIDE;
    private double areaHeight = MAX_CANVAS_SIDE;
    private int[] screen = new int[0];
    private WritableImage screenImage;
    private List<CellLabel> cellLabels = List.of();
    private ValueLabels.CellText cellText;
    private BiConsumer<Integer, Integer> onHover = (x, y) -> { };

    public PixelCanvas() {
        getStyleClass().add("pixel-canvas");
        rowBand.getStyleClass().add("crosshair-band");
        columnBand.getStyleClass().add("crosshair-band");
        pixelBox.getStyleClass().add("crosshair-pixel");
        for (Rectangle r : new Rectangle[] {rowBand, columnBand, pixelBox}) {
            r.setMouseTransparent(true);
            r.setVisible(false);
            r.setManaged(false);
        }
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        getChildren().addAll(canvas, rowBand, columnBand, pixelBox);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> leave());
        contrastStretch.addListener((obs, o, n) -> {
            stretch();
            paint();
        });
    }

    /** Called with image coordinates of the hovered pixel, or (-1, -1) when the mouse leaves. */
    public void setOnHover(BiConsumer<Integer, Integer> handler) {
        onHover = handler;
    }

    /** The lines to write into pixel {@code (row, column)} once pixels are large enough, or {@code null} for none. */
    public void setCellText(ValueLabels.CellText text) {
        cellText = text;
        paint();
    }

    /** Draws the darkest value black and the brightest white, instead of 0 and 255. */
    public BooleanProperty contrastStretchProperty() {
        return contrastStretch;
    }

    /** Shows {@code argb} pixels ({@code width * height}, row-major); the array must not change afterwards. */
    public void setPixels(int[] argb, int width, int height) {
        this.source = argb;
        this.width = width;
        this.height = height;
        stretch();
        layoutImage();
    }

    public void clear() {
        source = null;
        shown = null;
        width = 0;
        height = 0;
        leave();
        layoutImage();
    }

    public double getZoom() {
        return zoom;
    }

    /** Screen pixels per image pixel. */
    public void setZoom(double zoom) {
        this.zoom = zoom;
        layoutImage();
    }

    public int imageWidth() {
        return width;
    }

    public int imageHeight() {
        return height;
    }

    /**
     * The part of this pane that is on screen, in its own coordinates (a scroll pane shows only a
     * window of a zoomed image); only that part is painted.
     */
    public void setVisibleArea(double x, double y, double w, double h) {
        areaX = x;
        areaY = y;
        areaWidth = w;
        areaHeight = h;
        paint();
    }

    /** The numbers written into the pixels at the last repaint (for tests). */
    List<CellLabel> cellLabels() {
        return cellLabels;
    }

    private void stretch() {
        if (source == null) {
            shown = null;
        } else if (contrastStretch.get()) {
            shown = ContrastStretch.apply(source, shown != null && shown != source && shown.length == source.length
                    ? shown : new int[source.length]);
        } else {
            shown = source;
        }
    }

    private void layoutImage() {
        double w = width * zoom;
        double h = height * zoom;
        setPrefSize(w, h);
        setMinSize(w, h);
        setMaxSize(w, h);
        paint();
    }

    /** Paints the visible part of the zoomed image, one image pixel per group of whole screen pixels. */
    private void paint() {
        cellLabels = List.of();
        double left = Math.max(0, Math.floor(areaX));
        double top = Math.max(0, Math.floor(areaY));
        int w = (int) Math.min(MAX_CANVAS_SIDE, Math.max(0, Math.ceil(Math.min(width * zoom, areaX + areaWidth)) - left));
        int h = (int) Math.min(MAX_CANVAS_SIDE, Math.max(0, Math.ceil(Math.min(height * zoom, areaY + areaHeight)) - top));
        if (shown == null || w == 0 || h == 0) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        canvas.relocate(left, top);
        canvas.setWidth(w);
        canvas.setHeight(h);
        if (screen.length < w * h) {
            screen = new int[w * h];
        }
        Viewport viewport = new Viewport(zoom, -left, -top);
        NearestNeighbour.resample(new SampledRegion(new PixelRect(0, 0, width, height), 1, shown), viewport, w, h, screen, 0);
        if (screenImage == null || screenImage.getWidth() < w || screenImage.getHeight() < h) {
            screenImage = new WritableImage(Math.max(w, screenImage == null ? 0 : (int) screenImage.getWidth()),
                    Math.max(h, screenImage == null ? 0 : (int) screenImage.getHeight()));
        }
        screenImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), screen, 0, w);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.drawImage(screenImage, 0, 0, w, h, 0, 0, w, h);
        if (cellText != null) {
            PixelRect visible = viewport.visiblePixels(width, height, w, h);
            cellLabels = ValueLabels.layout(viewport, visible, ValueLabels.MINIMUM_CELL, (r, c) -> shown[r * width + c], cellText);
            writeValues(g, cellLabels);
        }
    }

    private void writeValues(GraphicsContext g, List<CellLabel> labels) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (CellLabel label : labels) {
            List<String> lines = label.lines();
            Font font = Font.font(Math.min(16, zoom * (lines.size() == 1 ? 0.34 : 0.8 / (lines.size() + 0.5))));
            g.setFont(font);
            g.setFill(label.onDarkCell() ? Color.WHITE : Color.BLACK);
            double lineHeight = font.getSize() * 1.15;
            double y = label.centreY() - lineHeight * (lines.size() - 1) / 2;
            for (String line : lines) {
                g.fillText(line, label.centreX(), y, zoom * 0.92);
                y += lineHeight;
            }
        }
    }

    private void hover(double mx, double my) {
        if (shown == null) {
            return;
        }
        int x = (int) Math.floor(mx / zoom);
        int y = (int) Math.floor(my / zoom);
        if (x < 0 || y < 0 || x >= width || y >= height) {
            leave();
            return;
        }
        double w = width * zoom;
        double h = height * zoom;
        rowBand.setX(0);
        rowBand.setY(y * zoom);
        rowBand.setWidth(w);
        rowBand.setHeight(zoom);
        columnBand.setX(x * zoom);
        columnBand.setY(0);
        columnBand.setWidth(zoom);
        columnBand.setHeight(h);
        pixelBox.setX(x * zoom);
        pixelBox.setY(y * zoom);
        pixelBox.setWidth(Math.max(zoom, 3));
        pixelBox.setHeight(Math.max(zoom, 3));
        rowBand.setVisible(true);
        columnBand.setVisible(true);
        pixelBox.setVisible(true);
        onHover.accept(x, y);
    }

    private void leave() {
        rowBand.setVisible(false);
        columnBand.setVisible(false);
        pixelBox.setVisible(false);
        onHover.accept(-1, -1);
    }
}
