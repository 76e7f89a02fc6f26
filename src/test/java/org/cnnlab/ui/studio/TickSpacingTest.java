package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickSpacingTest {

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTenWithAtMostTheAskedNumberOfIntervals() {
        assertThat(TickSpacing.unit(750, 5)).isEqualTo(200);
        assertThat(TickSpacing.unit(3000, 5)).isEqualTo(1000);
        assertThat(TickSpacing.unit(2250, 5)).isEqualTo(500);
        assertThat(TickSpacing.unit(100, 5)).isEqualTo(20);
    }

    @Test
    void wholeStepsNeverSplitBelowOne() {
        assertThat(TickSpacing.unit(3, 5)).isEqualTo(1);
        assertThat(TickSpacing.unit(0, 5)).isEqualTo(1);
    }

    @Test
    void theAxisEndsAtTheNextWholeUnit() {
        assertThat(TickSpacing.upperBound(750, 200)).isEqualTo(800);
        assertThat(TickSpacing.upperBound(0, 200)).isEqualTo(200);
    }
}
