package org.cnnlab.ui.studio;

/**
 * Round tick spacing for a chart axis: the smallest of 1, 2 or 5 times a power of ten that puts at
 * most {@code maxTicks} intervals on the axis, so labels such as {@code 0 200 400 600} never crowd
 * together, whatever the run's length or the font size.
 */
final class TickSpacing {
    private TickSpacing() {
    }

    /** The tick unit for an axis from 0 to {@code span} (at least 1, for whole batches and epochs). */
    static double unit(double span, int maxTicks) {
        if (!(span > 0) || maxTicks < 1) {
            return 1;
        }
        double raw = span / maxTicks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return Math.max(1, factor * power);
            }
        }
        return Math.max(1, 10 * power);
    }

    /** The axis end: {@code last} rounded up to a whole number of units. */
    static double upperBound(double last, double unit) {
        return Math.max(unit, Math.ceil(last / unit) * unit);
    }
}
