package org.cnnlab.ui.studio.draw;

import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.cnnlab.ui.controls.CanvasRegion;

/**
 * The square the student draws on: white anti-aliased strokes on black, as MNIST's digits look.
 * Its side is set in em by CSS so it grows with the projector scale; mouse positions are turned
 * into pad units ({@value DrawPadViewModel#PAD} per side) for the view model.
 */
final class InkPad extends CanvasRegion {
    private final DrawPadViewModel vm;

    InkPad(DrawPadViewModel vm) {
        super(true);
        this.vm = vm;
        getStyleClass().add("draw-pad-frame");
        setStyle("-fx-min-width: 20em; -fx-pref-width: 20em; -fx-max-width: 20em;"
                + " -fx-min-height: 20em; -fx-pref-height: 20em; -fx-max-height: 20em;");
        setCursor(Cursor.CROSSHAIR);
        setFocusTraversable(true);
        canvas().setOnMousePressed(e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.beginStroke(toPad(e.getX()), toPad(e.getY()));
            }
        });
        canvas().setOnMouseDragged(e -> {
            if (e.isPrimaryButtonDown()) {
                vm.extendStroke(toPad(e.getX()), toPad(e.getY()));
            }
        });
        canvas().setOnMouseReleased(e -> vm.endStroke());
        vm.revisionProperty().addListener((obs, o, n) -> draw());
    }

    private double scale() {
        return canvas().getWidth() / DrawPadViewModel.PAD;
    }

    private double toPad(double screen) {
        double s = scale();
        return s <= 0 ? 0 : screen / s;
    }


    @Override
    protected void draw() {
        GraphicsContext g = clearTo(Color.BLACK);
        double s = scale();
        g.setStroke(Color.WHITE);
        g.setFill(Color.WHITE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Stroke stroke : vm.strokes()) {
            double width = stroke.width() * s;
            if (stroke.pointCount() == 1) {
                g.fillOval(stroke.x(0) * s - width / 2, stroke.y(0) * s - width / 2, width, width);
                continue;
            }
            g.setLineWidth(width);
            g.beginPath();
            g.moveTo(stroke.x(0) * s, stroke.y(0) * s);
            for (int i = 1; i < stroke.pointCount(); i++) {
                g.lineTo(stroke.x(i) * s, stroke.y(i) * s);
            }
            g.stroke();
        }
    }
}
