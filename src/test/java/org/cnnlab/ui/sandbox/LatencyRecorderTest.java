package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    /** An edit at time 0 whose result was painted {@code nanos} later (computed and delivered at once). */
    private static void painted(LatencyRecorder recorder, long nanos) {
        recorder.record(0, 0, 0, nanos);
    }

    @Test
    void percentilesUseNearestRankOverTheLastTwoHundredEdits() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int ms = 1; ms <= 100; ms++) {
            painted(recorder, 1_000_000L * 1000);
        }
        for (int ms = 1; ms <= 200; ms++) {
            painted(recorder, 1_000_000L * ms);
        }
        // only 1..200 ms remain; nearest rank: p50 = 100th value, p95 = 190th value
        assertThat(recorder.count()).isEqualTo(200);
        assertThat(recorder.percentileMillis(50)).isEqualTo(100.0);
        assertThat(recorder.percentileMillis(95)).isEqualTo(190.0);
        assertThat(recorder.summaryProperty().get()).contains("p50 100.0 ms").contains("p95 190.0 ms");
    }
}
