package org.cnnlab.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
    @Test
    void aConstantScheduleKeepsTheRate() {
        assertThat(LearningRateSchedule.CONSTANT.factor(0, 10)).isEqualTo(1);
        assertThat(LearningRateSchedule.CONSTANT.factor(9, 10)).isEqualTo(1);
    }

    @Test
    void cosineDecayStartsAtTheFullRateIsHalfWayAtHalfTimeAndEndsNearZero() {
        assertThat(LearningRateSchedule.COSINE.factor(0, 2250)).isEqualTo(1);
        assertThat(LearningRateSchedule.COSINE.factor(1125, 2250)).isCloseTo(0.5, within(1e-12));
        // (1 + cos(pi * 2249/2250)) / 2 = sin²(pi / 4500)
        assertThat(LearningRateSchedule.COSINE.factor(2249, 2250)).isCloseTo(4.87e-7, within(1e-9));
        // four updates: (1 + cos(3 pi / 4)) / 2 = 0.1464...
        assertThat(LearningRateSchedule.COSINE.factor(3, 4)).isCloseTo(0.14645, within(1e-5));
    }

    @Test
    void cosineDecayNeverRisesAndStaysBetweenZeroAndOne() {
        Random random = new Random(3);
        for (int run = 0; run < 200; run++) {
            long total = 1 + random.nextInt(5000);
            double previous = 1;
            for (long step = 0; step < total; step += 1 + total / 97) {
                double factor = LearningRateSchedule.COSINE.factor(step, total);
                assertThat(factor).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
                previous = factor;
            }
        }
    }

    @Test
    void anUpdateOutsideTheRunIsRefused() {
        assertThatThrownBy(() -> LearningRateSchedule.COSINE.factor(10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LearningRateSchedule.CONSTANT.factor(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedulesAreFoundByTheirCommandLineNames() {
        assertThat(LearningRateSchedule.byName(" Cosine ")).contains(LearningRateSchedule.COSINE);
        assertThat(LearningRateSchedule.byName("step")).isEmpty();
    }
}
