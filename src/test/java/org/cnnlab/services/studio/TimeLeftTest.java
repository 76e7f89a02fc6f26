package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeLeftTest {
    @Test
    void withoutExtraTimeItIsTheRemainingImagesOverTheRate() {
        // 10,000 of 48,000 images at 4,000 img/s: 38,000 / 4,000 = 9.5 s
        assertThat(TimeLeft.seconds(10_000, 48_000, 4_000, 0)).isCloseTo(9.5, within(1e-9));
    }

    @Test
    void theViewsShareOfTheTimeSoFarIsAssumedToContinue() {
        // 2.5 s of updates so far plus 0.25 s of measurements (10%): 9.5 s * 1.1 = 10.45 s
        assertThat(TimeLeft.seconds(10_000, 48_000, 4_000, 0.25)).isCloseTo(10.45, within(1e-9));
    }

    @Test
    void beforeTheFirstBatchTheTimeIsUnknown() {
        assertThat(TimeLeft.seconds(0, 48_000, 0, 0)).isNaN();
    }

    @Test
    void aFinishedCountLeavesNoTime() {
        assertThat(TimeLeft.seconds(48_000, 48_000, 4_000, 1)).isZero();
    }
}
