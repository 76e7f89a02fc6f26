package org.cnnlab.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelSummaryTest {

    @Test
    void lenetSummaryReadsLikeKerasWithHandComputedCounts() {
        ModelSummary summary = ModelSummary.of(ModelZoo.byName("lenet5").orElseThrow().spec());

        assertThat(summary.rows()).extracting(row -> row.params().total())
                // 5*5*1*6+6, pool, 5*5*6*16+16, pool, flatten, 256*120+120, 120*82+82, 82*10+10
                .containsExactly(156L, 0L, 2416L, 0L, 0L, 30840L, 9922L, 830L);
        assertThat(summary.text()).startsWith("Model: \"lenet5\"\n")
                .contains(" conv2d (Conv2D) ", "(None, 24, 24, 6)", " average_pooling2d_1 (AveragePooling2D) ")
                .contains("Total params: 44,164\n", "Trainable params: 44,164\n", "Non-trainable params: 0\n")
                .doesNotContain("Connected to");
    }

    @Test
    void theResNetSummaryShowsTheSkipAndTheNonTrainableStatistics() {
        ModelSummary summary = ModelSummary.of(ModelZoo.byName("simple-resnet").orElseThrow().spec());

        ModelSummary.Row add = summary.rows().get(4);
        assertThat(add.type()).isEqualTo("Add");
        assertThat(add.connectedTo()).containsExactly("batch_normalization_1", "batch_normalization");
        assertThat(summary.rows().get(1).params()).isEqualTo(new ParamCount(128, 128));
        assertThat(summary.text()).contains("Connected to", "Total params: 470,730\n",
                "Trainable params: 470,474\n", "Non-trainable params: 256\n");
    }

    @Test
    void everyTableLineOfTheRuleIsAsWideAsTheHeader() {
        String[] lines = ModelSummary.of(ModelZoo.byName("fashion-cnn").orElseThrow().spec()).text().split("\n");
        int rule = lines[1].length();
        assertThat(lines[3]).hasSize(rule).matches("=+");
        for (String line : lines) {
            assertThat(line.length()).isLessThanOrEqualTo(rule);
        }
    }
}
