package org.cnnlab.ui.controls;

import java.util.Arrays;
import java.util.Objects;

/** A growing list of (x, y) points kept in two primitive arrays: no boxing for long curves and strokes. */
public final class PointList {
    private double[] xs;
    private double[] ys;
    private int size;

    public PointList(int initialCapacity) {
        xs = new double[Math.max(1, initialCapacity)];
        ys = new double[xs.length];
    }

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[Objects.checkIndex(i, size)];
    }

    public double y(int i) {
        return ys[Objects.checkIndex(i, size)];
    }
}
