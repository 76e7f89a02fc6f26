package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cnnlab.services.studio.TrainingProgress;
import org.junit.jupiter.api.Test;

class TrainingStatusTextTest {
    @Test
    void theLineGivesEpochBatchSpeedAndTimeLeft() {
        TrainingProgress p = new TrainingProgress(TrainingProgress.Phase.RUNNING, 1, 3, 120, 750, 55_000, 144_000, 1234.4,
                41.2, List.of());
        assertThat(TrainingStatusText.of(p)).isEqualTo("Epoch 2 of 3 · batch 120 of 750 · 1,234 img/s · 0:42 left");
    }

    @Test
    void beforeAnEstimateExistsTheLineSaysSo() {
        TrainingProgress p = new TrainingProgress(TrainingProgress.Phase.PAUSED, 0, 1, 0, 750, 0, 48_000, 0, Double.NaN,
                List.of());
        assertThat(TrainingStatusText.of(p)).isEqualTo("Paused · Epoch 1 of 1 · batch 0 of 750 · estimating time left…");
    }

    @Test
    void durationsUseMinutesAndHours() {
        assertThat(TrainingStatusText.duration(0)).isEqualTo("0:00");
        assertThat(TrainingStatusText.duration(59.1)).isEqualTo("1:00");
        assertThat(TrainingStatusText.duration(725)).isEqualTo("12:05");
        assertThat(TrainingStatusText.duration(3723)).isEqualTo("1:02:03");
    }
}
