package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void valuesFallIntoEqualWidthBinsWithTheMaximumInTheLastBin() {
        Histogram histogram = Histogram.of(new float[] {0f, 0.5f, 1f, 1.5f, 2.9f, 3f}, 3);

        assertThat(histogram.min()).isEqualTo(0);
        assertThat(histogram.max()).isEqualTo(3);
        assertThat(histogram.counts()).containsExactly(2, 2, 2);
    }

    @Test
    void nanAndInfinitiesAreLeftOut() {
        Histogram histogram = Histogram.of(new float[] {-1f, Float.NaN, 1f, Float.POSITIVE_INFINITY}, 2);

        assertThat(histogram.min()).isEqualTo(-1);
        assertThat(histogram.max()).isEqualTo(1);
        assertThat(histogram.counts()).containsExactly(1, 1);
    }

    @Test
    void equalValuesSitInTheMiddleOfAUnitRange() {
        Histogram histogram = Histogram.of(new float[] {2f, 2f, 2f}, 5);

        assertThat(histogram.min()).isEqualTo(1.5);
        assertThat(histogram.max()).isEqualTo(2.5);
        assertThat(histogram.counts()).containsExactly(0, 0, 3, 0, 0);
    }

    @Test
    void noValuesGiveEmptyBins() {
        assertThat(Histogram.of(new float[0], 4).counts()).containsExactly(0, 0, 0, 0);
    }
}
