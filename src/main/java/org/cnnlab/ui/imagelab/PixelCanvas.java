package org.cnnlab.ui.imagelab;

import java.util.function.BiConsumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A decoded image drawn at a zoom factor with sharp, square pixels, and a crosshair box around
 * the pixel under the mouse. Hovering reports the image coordinates {@code (floor(mx / zoom),
 * floor(my / zoom))}; leaving reports {@code (-1, -1)}.
 */
public final class PixelCanvas extends Pane {
    private final ImageView view = new ImageView();
    private final Rectangle rowBand = new Rectangle();
    private final Rectangle columnBand = new Rectangle();
    private final Rectangle pixelBox = new Rectangle();
    private WritableImage image;
    private double zoom = 1;
    private BiConsumer<Integer, Integer> onHover = (x, y) -> { };

    public PixelCanvas() {
        getStyleClass().add("pixel-canvas");
        view.setSmooth(false);
        view.setPreserveRatio(false);
        rowBand.getStyleClass().add("crosshair-band");
        columnBand.getStyleClass().add("crosshair-band");
        pixelBox.getStyleClass().add("crosshair-pixel");
        for (Rectangle r : new Rectangle[] {rowBand, columnBand, pixelBox}) {
            r.setMouseTransparent(true);
            r.setVisible(false);
            r.setManaged(false);
        }
        view.setManaged(false);
        getChildren().addAll(view, rowBand, columnBand, pixelBox);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> leave());
    }

    /** Called with image coordinates of the hovered pixel, or (-1, -1) when the mouse leaves. */
    public void setOnHover(BiConsumer<Integer, Integer> handler) {
        onHover = handler;
    }

    /** Shows {@code argb} pixels ({@code width * height}, row-major), reusing the image when the size is unchanged. */
    public void setPixels(int[] argb, int width, int height) {
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            image = new WritableImage(width, height);
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        layoutImage();
    }

    public void clear() {
        image = null;
        view.setImage(null);
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
        return image == null ? 0 : (int) image.getWidth();
    }

    public int imageHeight() {
        return image == null ? 0 : (int) image.getHeight();
    }

    /** The on-screen node that receives hover events. */
    public ImageView imageView() {
        return view;
    }

    private void layoutImage() {
        double w = imageWidth() * zoom;
        double h = imageHeight() * zoom;
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.resizeRelocate(0, 0, w, h);
        setPrefSize(w, h);
        setMinSize(w, h);
        setMaxSize(w, h);
    }

    private void hover(double mx, double my) {
        if (image == null) {
            return;
        }
        int x = (int) Math.floor(mx / zoom);
        int y = (int) Math.floor(my / zoom);
        if (x < 0 || y < 0 || x >= imageWidth() || y >= imageHeight()) {
            leave();
            return;
        }
        double w = imageWidth() * zoom;
        double h = imageHeight() * zoom;
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
