package org.cnnlab.ui.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A region that paints itself on one canvas filling its content area (or the largest square in
 * it), and paints again whenever that area changes size. Subclasses say what to paint in
 * {@link #draw()} and call it when their data changes.
 */
public abstract class CanvasRegion extends Region {
    /** The very light gray behind the studio's bar charts, so an empty chart still shows its area. */
    protected static final Color CHART_BACKGROUND = Color.web("#fafafa");

    private final Canvas canvas = new Canvas();
    private final boolean square;

    /** @param square keep the canvas square, centred on nothing: at the top left of the content area */
    protected CanvasRegion(boolean square) {
        this.square = square;
        getChildren().add(canvas);
    }

    /** The canvas to paint on. */
    protected final Canvas canvas() {
        return canvas;
    }

    /** Fills the whole canvas with {@code background} and returns its graphics context, to paint on. */
    protected final GraphicsContext clearTo(Color background) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(background);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    /** Paints the current state on {@link #canvas()}, whose size is already the region's. */
    protected abstract void draw();

    @Override
    protected void layoutChildren() {
        double width = Math.max(0, snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset()));
        double height = Math.max(0, snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset()));
        if (square) {
            width = Math.min(width, height);
            height = width;
        }
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            draw();
        }
        canvas.relocate(snappedLeftInset(), snappedTopInset());
    }
}
