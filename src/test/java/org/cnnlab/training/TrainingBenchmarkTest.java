package org.cnnlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingBenchmarkTest {
    @Test
    void nearestRankPercentilesPickTheTextbookRanks() {
        double[] tenValues = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(TrainingBenchmark.nearestRank(tenValues, 90)).isEqualTo(9);
        assertThat(TrainingBenchmark.nearestRank(tenValues, 99)).isEqualTo(10);
        assertThat(TrainingBenchmark.nearestRank(tenValues, 50)).isEqualTo(5);
        double[] fiveValues = {15, 20, 35, 40, 50};
        assertThat(TrainingBenchmark.nearestRank(fiveValues, 30)).isEqualTo(20);
        assertThat(TrainingBenchmark.nearestRank(fiveValues, 40)).isEqualTo(20);
        assertThat(TrainingBenchmark.nearestRank(fiveValues, 100)).isEqualTo(50);
    }
}
