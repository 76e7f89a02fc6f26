package org.cnnlab.ui.controls;

import java.util.function.DoubleToIntFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A colour bar: the colours of a map from its smallest value (left) to its largest (right), one
 * screen column per step, so its ends are the map's real ends and no neighbouring colour leaks
 * in. Its frame comes from CSS (style class {@code map-colorbar}).
 */
public final class ColorBar extends CanvasRegion {
    private DoubleToIntFunction colourAt;

    public ColorBar() {
        super(false);
        getStyleClass().add("map-colorbar");
    }

    /** Shows the colours {@code colourAt(t)} (opaque ARGB) for {@code t} from 0 at the left to 1 at the right. */
    public void show(DoubleToIntFunction colourAt) {
        this.colourAt = colourAt;
        draw();
    }

    /** Shows no bar (a colour image has no single scale). */
    public void clear() {
        colourAt = null;
        draw();
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas().getGraphicsContext2D();
        int width = (int) Math.round(canvas().getWidth());
        double height = canvas().getHeight();
        g.clearRect(0, 0, canvas().getWidth(), height);
        if (colourAt == null) {
            return;
        }
        for (int x = 0; x < width; x++) {
            int argb = colourAt.applyAsInt(width > 1 ? x / (width - 1.0) : 0);
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            g.fillRect(x, 0, 1, height);
        }
    }
}
