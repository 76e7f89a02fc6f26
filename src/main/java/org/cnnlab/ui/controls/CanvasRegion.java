package org.cnnlab.ui.controls;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A region that paints itself on one canvas filling its content area (or the largest square in
 * it), and paints again whenever that area changes size. Subclasses say what to paint in
 * {@link #draw()} and call it when their data changes.
 *
 * <p>Its two theme colours come from CSS (style class {@code canvas-region}), so a theme reaches
 * the canvas: {@code -cnn-canvas-background}, the fill behind a chart, and {@code -cnn-canvas-ink},
 * for axes, zero lines and captions drawn on it.
 */
public abstract class CanvasRegion extends Region {
    private static final StyleablePropertyFactory<CanvasRegion> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<CanvasRegion, Color> BACKGROUND = STYLES.createColorCssMetaData(
            "-cnn-canvas-background", r -> r.canvasBackground, Color.web("#fafafa"), false);
    private static final CssMetaData<CanvasRegion, Color> INK = STYLES.createColorCssMetaData(
            "-cnn-canvas-ink", r -> r.canvasInk, Color.gray(0.35), false);

    private final StyleableObjectProperty<Color> canvasBackground =
            new SimpleStyleableObjectProperty<>(BACKGROUND, this, "canvasBackground", BACKGROUND.getInitialValue(this));
    private final StyleableObjectProperty<Color> canvasInk =
            new SimpleStyleableObjectProperty<>(INK, this, "canvasInk", INK.getInitialValue(this));
    private final Canvas canvas = new Canvas();
    private final boolean square;

    /** @param square keep the canvas square, centred on nothing: at the top left of the content area */
    protected CanvasRegion(boolean square) {
        this.square = square;
        getStyleClass().add("canvas-region");
        getChildren().add(canvas);
        canvasBackground.addListener((obs, o, n) -> draw());
        canvasInk.addListener((obs, o, n) -> draw());
    }

    /** The CSS properties of a canvas region: its theme colours after those of every region. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** The fill behind what is drawn; CSS {@code -cnn-canvas-background}. */
    public final StyleableObjectProperty<Color> canvasBackgroundProperty() {
        return canvasBackground;
    }

    /** Axes, zero lines and captions; CSS {@code -cnn-canvas-ink}. */
    public final StyleableObjectProperty<Color> canvasInkProperty() {
        return canvasInk;
    }

    /** The canvas to paint on. */
    protected final Canvas canvas() {
        return canvas;
    }

    /** The ink colour for axes, zero lines and captions. */
    protected final Color ink() {
        return canvasInk.get();
    }

    /** Fills the whole canvas with the theme's background and returns its graphics context, to paint on. */
    protected final GraphicsContext clearToBackground() {
        return clearTo(canvasBackground.get());
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
