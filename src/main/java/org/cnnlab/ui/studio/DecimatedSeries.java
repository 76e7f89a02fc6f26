package org.cnnlab.ui.studio;

import java.util.ArrayList;
import java.util.List;
import org.cnnlab.ui.controls.PointList;

/**
 * Every point of one training curve, and a thinned copy for drawing. A chart line with thousands
 * of points draws slowly and looks no better, so {@link #decimated(int)} keeps the first and last
 * points and replaces the points between them by the means of equal runs (buckets): with
 * {@code n} points and a limit {@code L}, bucket {@code k} of {@code L - 2} covers the middle points
 * {@code [1 + k*(n-2)/(L-2), 1 + (k+1)*(n-2)/(L-2))} and becomes the point (mean x, mean y). The mean
 * keeps the trend a student reads and smooths the batch-to-batch noise. Points whose value is not
 * finite (a loss that diverged, a validation accuracy not measured at that step) are not kept.
 */
public final class DecimatedSeries {
    private final PointList points = new PointList(256);

    /** Appends a point; ignored when {@code y} is NaN or infinite. */
    public void add(double x, double y) {
        if (Double.isFinite(y)) {
            points.add(x, y);
        }
    }

    public void clear() {
        points.clear();
    }

    /** Points kept so far. */
    public int size() {
        return points.size();
    }

    /** The last value added, NaN when empty. */
    public double lastValue() {
        return points.size() == 0 ? Double.NaN : points.y(points.size() - 1);
    }

    /** At most {@code limit} points (at least 3): all of them when they fit, else first, bucket means, last. */
    public List<ChartPoint> decimated(int limit) {
        if (limit < 3) {
            throw new IllegalArgumentException("a decimated line needs at least 3 points, not " + limit);
        }
        int size = points.size();
        List<ChartPoint> out = new ArrayList<>(Math.min(size, limit));
        if (size <= limit) {
            for (int i = 0; i < size; i++) {
                out.add(new ChartPoint(points.x(i), points.y(i)));
            }
            return out;
        }
        int middle = size - 2;
        int buckets = limit - 2;
        out.add(new ChartPoint(points.x(0), points.y(0)));
        for (int k = 0; k < buckets; k++) {
            int from = 1 + (int) ((long) k * middle / buckets);
            int to = 1 + (int) ((long) (k + 1) * middle / buckets);
            double sumX = 0;
            double sumY = 0;
            for (int i = from; i < to; i++) {
                sumX += points.x(i);
                sumY += points.y(i);
            }
            int count = to - from;
            out.add(new ChartPoint(sumX / count, sumY / count));
        }
        out.add(new ChartPoint(points.x(size - 1), points.y(size - 1)));
        return out;
    }
}
