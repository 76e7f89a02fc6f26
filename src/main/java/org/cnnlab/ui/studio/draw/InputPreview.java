package org.cnnlab.ui.studio.draw;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.cnnlab.training.data.DigitPreprocessor;
import org.cnnlab.ui.controls.CanvasRegion;

/**
 * The 28x28 image the network actually receives, enlarged with one sharp square per pixel
 * (nearest neighbour) so that students see how coarse it is.
 */
final class InputPreview extends CanvasRegion {
    private static final int FIELD = DigitPreprocessor.FIELD;
    private float[] input;

    InputPreview() {
        super(true);
        getStyleClass().add("draw-pad-frame");
        setStyle("-fx-min-width: 11em; -fx-pref-width: 11em; -fx-max-width: 11em;"
                + " -fx-min-height: 11em; -fx-pref-height: 11em; -fx-max-height: 11em;");
    }

    /** Shows {@code pixels} (784 values 0–1, row by row); null shows an empty field. */
    void show(float[] pixels) {
        this.input = pixels == null || pixels.length != FIELD * FIELD ? null : pixels.clone();
        draw();
    }


    @Override
    protected void draw() {
        GraphicsContext g = clearTo(Color.BLACK);
        double side = canvas().getWidth();
        double cell = side / FIELD;
        if (input != null) {
            for (int y = 0; y < FIELD; y++) {
                for (int x = 0; x < FIELD; x++) {
                    float v = Math.max(0, Math.min(1, input[y * FIELD + x]));
                    if (v > 0) {
                        g.setFill(Color.gray(v));
                        g.fillRect(Math.floor(x * cell), Math.floor(y * cell), Math.ceil(cell), Math.ceil(cell));
                    }
                }
            }
        }
        if (cell >= 4) {
            g.setStroke(Color.gray(0.5, 0.25));
            g.setLineWidth(1);
            for (int i = 0; i <= FIELD; i++) {
                double at = Math.floor(i * cell) + 0.5;
                g.strokeLine(at, 0, at, side);
                g.strokeLine(0, at, side, at);
            }
        }
    }
}
