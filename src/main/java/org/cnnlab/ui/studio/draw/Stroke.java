package org.cnnlab.ui.studio.draw;

import java.util.Arrays;

/**
 * One stroke of the pen: the points the mouse passed through, in pad units, drawn as a line of
 * {@code width} with round ends. Grows while the mouse is dragged.
 */
public final class Stroke {
    private final double width;
    private double[] xs = new double[32];
    private double[] ys = new double[32];
    private int size;

    Stroke(double width, double x, double y) {
        this.width = width;
        add(x, y);
    }

    void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** The pen's thickness in pad units. */
    public double width() {
        return width;
    }

    public int pointCount() {
        return size;
    }

    public double x(int i) {
        return xs[java.util.Objects.checkIndex(i, size)];
    }

    public double y(int i) {
        return ys[java.util.Objects.checkIndex(i, size)];
    }
}
