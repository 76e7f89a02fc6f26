package org.cnnlab.ui.sandbox;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cnnlab.engine.Timings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edit-to-screen latency of the sandbox: the time from an edit (a kernel cell, a combo box) to the
 * moment every panel has been repainted on the FX thread. Keeps the last {@value #CAPACITY}
 * measurements and reports their median (p50) and 95th percentile (p95, nearest rank); each one
 * is also logged at DEBUG to {@code org.cnnlab.ui.sandbox.latency}. Used on the FX thread only.
 */
public final class LatencyRecorder {
    public static final int CAPACITY = 200;
    private static final Logger LOG = LoggerFactory.getLogger("org.cnnlab.ui.sandbox.latency");

    private final long[] ring = new long[CAPACITY];
    private int count;
    private int next;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "edit → repaint: no edits yet");

    /**
     * Records one edit from its timestamps ({@link System#nanoTime()}): the edit, the result's arrival
     * on the FX thread and the end of the repaint; the log line also splits the time into computing,
     * waiting for the FX thread and painting.
     */
    public void record(long editNanos, long computeNanos, long arrivalNanos, long paintedNanos) {
        long total = paintedNanos - editNanos;
        ring[next] = total;
        next = (next + 1) % CAPACITY;
        count = Math.min(count + 1, CAPACITY);
        summary.set(String.format(Locale.ROOT, "edit → repaint  p50 %.1f ms  p95 %.1f ms  (last %d edits)",
                percentileMillis(50), percentileMillis(95), count));
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "edit to repaint %.2f ms (compute %.2f, queued %.2f, paint %.2f)", total / 1e6,
                    computeNanos / 1e6, (arrivalNanos - editNanos - computeNanos) / 1e6, (paintedNanos - arrivalNanos) / 1e6));
        }
    }

    /** Number of measurements kept (at most {@value #CAPACITY}). */
    public int count() {
        return count;
    }

    /** The {@code p}-th percentile (nearest rank) of the kept measurements in milliseconds, or NaN when empty. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            millis[i] = ring[i] / 1e6;
        }
        return Timings.nearestRank(millis, p);
    }

    /** One line for the debug overlay. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
