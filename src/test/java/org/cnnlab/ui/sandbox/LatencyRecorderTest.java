package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void percentilesUseNearestRankOverTheLastTwoHundredEdits() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int ms = 1; ms <= 100; ms++) {
            recorder.record(1_000_000L * 1000);
        }
        for (int ms = 1; ms <= 200; ms++) {
            recorder.record(1_000_000L * ms);
        }
        // only 1..200 ms remain; nearest rank: p50 = 100th value, p95 = 190th value
        assertThat(recorder.count()).isEqualTo(200);
        assertThat(recorder.percentileMillis(50)).isEqualTo(100.0);
        assertThat(recorder.percentileMillis(95)).isEqualTo(190.0);
        assertThat(recorder.summaryProperty().get()).contains("p50 100.0 ms").contains("p95 190.0 ms");
    }
}
