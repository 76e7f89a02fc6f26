package org.cnnlab.services.studio;

/**
 * Decides whether a periodic piece of work may run now: at most once per {@code minInterval},
 * and, for work with a measurable cost, rarely enough that it takes at most {@code maxShare} of
 * the time (the interval stretches to {@code lastCost / maxShare}). The first request is always
 * granted. Times are nanoseconds from one clock. Not thread-safe: one thread asks.
 */
final class UpdateThrottle {
    private final long minIntervalNanos;
    private final double maxShare;
    private boolean granted;
    private long lastGrant;
    private long lastCost;

    /**
     * @param minIntervalNanos the shortest time between two grants
     * @param maxShare         the largest share of time the work may take, above 0 and at most 1
     */
    UpdateThrottle(long minIntervalNanos, double maxShare) {
        if (minIntervalNanos < 0 || !(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("interval " + minIntervalNanos + " ns, share " + maxShare);
        }
        this.minIntervalNanos = minIntervalNanos;
        this.maxShare = maxShare;
    }

    /** At most {@code perSecond} grants a second, whatever the work costs. */
    static UpdateThrottle perSecond(double perSecond) {
        return new UpdateThrottle(Math.round(1e9 / perSecond), 1.0);
    }

    /** Whether the work may run at {@code now}; a grant counts from {@code now}. */
    boolean permits(long now) {
        long interval = Math.max(minIntervalNanos, (long) (lastCost / maxShare));
        if (granted && now - lastGrant < interval) {
            return false;
        }
        granted = true;
        lastGrant = now;
        return true;
    }

    /** Grants now regardless (e.g. the user asked), counting it like a normal grant. */
    void force(long now) {
        granted = true;
        lastGrant = now;
    }

    /** How long the granted work took, to keep its share of time bounded. */
    void recordCost(long nanos) {
        lastCost = Math.max(0, nanos);
    }
}
