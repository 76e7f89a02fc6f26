package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingsTest {
    @Test
    void nearestRankPercentilesPickTheTextbookRanks() {
        double[] tenValues = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Timings.nearestRank(tenValues, 90)).isEqualTo(9);
        assertThat(Timings.nearestRank(tenValues, 99)).isEqualTo(10);
        assertThat(Timings.nearestRank(tenValues, 50)).isEqualTo(5);
        double[] fiveValues = {15, 20, 35, 40, 50};
        assertThat(Timings.nearestRank(fiveValues, 30)).isEqualTo(20);
        assertThat(Timings.nearestRank(fiveValues, 40)).isEqualTo(20);
        assertThat(Timings.nearestRank(fiveValues, 100)).isEqualTo(50);
    }

    @Test
    void valuesNeedNotBeSortedAndAreLeftAsTheyWere() {
        double[] shuffled = {50, 15, 40, 20, 35};
        assertThat(Timings.nearestRank(shuffled, 40)).isEqualTo(20);
        assertThat(Timings.median(shuffled)).isEqualTo(35);
        assertThat(shuffled).containsExactly(50, 15, 40, 20, 35);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Timings.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void noValuesGiveNaN() {
        assertThat(Timings.median(new double[0])).isNaN();
        assertThat(Timings.nearestRank(new double[0], 95)).isNaN();
    }
}
