package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpdateThrottleTest {
    private static final long MS = 1_000_000L;

    @Test
    void eightPerSecondGrantsTheFirstRequestThenOneEvery125Milliseconds() {
        UpdateThrottle throttle = UpdateThrottle.perSecond(8);

        assertThat(throttle.permits(0)).isTrue();
        assertThat(throttle.permits(100 * MS)).isFalse();
        assertThat(throttle.permits(125 * MS)).isTrue();
        assertThat(throttle.permits(200 * MS)).isFalse();
        assertThat(throttle.permits(251 * MS)).isTrue();
    }

    @Test
    void costlyWorkIsSpacedToKeepItsShareOfTime() {
        UpdateThrottle throttle = new UpdateThrottle(125 * MS, 0.1);
        assertThat(throttle.permits(0)).isTrue();

        throttle.recordCost(50 * MS);

        assertThat(throttle.permits(400 * MS)).as("50 ms of work at most 10% of the time: every 500 ms").isFalse();
        assertThat(throttle.permits(500 * MS)).isTrue();
    }

    @Test
    void aForcedGrantRestartsTheInterval() {
        UpdateThrottle throttle = UpdateThrottle.perSecond(8);
        assertThat(throttle.permits(0)).isTrue();

        throttle.force(200 * MS);

        assertThat(throttle.permits(300 * MS)).isFalse();
        assertThat(throttle.permits(325 * MS)).isTrue();
    }
}
