package org.cnnlab.ui.studio.draw;

import org.cnnlab.ui.controls.PointList;

/**
 * One stroke of the pen: the points the mouse passed through, in pad units, drawn as a line of
 * {@code width} with round ends. Grows while the mouse is dragged.
 */
public final class Stroke {
    private final double width;
    private final PointList points = new PointList(32);

    Stroke(double width, double x, double y) {
        this.width = width;
        add(x, y);
    }

    void add(double x, double y) {
        points.add(x, y);
    }

    /** The pen's thickness in pad units. */
    public double width() {
        return width;
    }

    public int pointCount() {
        return points.size();
    }

    public double x(int i) {
        return points.x(i);
    }

    public double y(int i) {
        return points.y(i);
    }
}
