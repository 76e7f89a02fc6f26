package org.cnnlab.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cnnlab.engine.Kernel;
import org.cnnlab.imaging.ColorMap;

/**
 * A kernel drawn as a small heatmap with each weight written in its cell, like the course's
 * {@code show_kernel}: purple for negative, white for zero, orange for positive when the weights
 * have both signs, viridis otherwise. Its preferred size is in em, so it grows with the projector font.
 */
public final class KernelHeatmap extends Region {
    private final ObjectProperty<Kernel> kernel = new SimpleObjectProperty<>(this, "kernel");
    private final Canvas canvas = new Canvas();

    public KernelHeatmap() {
        getStyleClass().add("kernel-heatmap");
        setStyle("-fx-pref-width: 10em; -fx-pref-height: 10em; -fx-min-width: 6em; -fx-min-height: 6em;");
        getChildren().add(canvas);
        kernel.addListener((obs, o, n) -> draw());
        widthProperty().addListener((obs, o, n) -> draw());
        heightProperty().addListener((obs, o, n) -> draw());
    }

    public ObjectProperty<Kernel> kernelProperty() {
        return kernel;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        if (canvas.getWidth() != side || canvas.getHeight() != side) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = canvas.getWidth();
        g.clearRect(0, 0, side, canvas.getHeight());
        Kernel k = kernel.get();
        if (k == null || side <= 0) {
            return;
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float w : k.weights()) {
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        ColorMap map = ColorMap.forRange(min, max);
        double cell = side / Math.max(k.height(), k.width());
        double fontSize = Math.min(cell * 0.3, 28);
        g.setFont(Font.font(fontSize));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int y = 0; y < k.height(); y++) {
            for (int x = 0; x < k.width(); x++) {
                int argb = map.colorAt(map.position(k.get(y, x), min, max));
                Color fill = Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
                g.setFill(fill);
                g.fillRect(x * cell, y * cell, cell, cell);
                g.setStroke(Color.gray(0.6));
                g.strokeRect(x * cell + 0.5, y * cell + 0.5, cell - 1, cell - 1);
                if (fontSize >= 6) {
                    g.setFill(luminance(fill) > 0.45 ? Color.BLACK : Color.WHITE);
                    g.fillText(NumberText.format(k.get(y, x), 2), x * cell + cell / 2, y * cell + cell / 2, cell * 0.95);
                }
            }
        }
    }

    /** Relative luminance, to pick black or white text on a coloured cell. */
    static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
