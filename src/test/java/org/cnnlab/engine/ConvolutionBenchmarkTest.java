package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvolutionBenchmarkTest {

    @Test
    void benchmarkGivesOneRowPerEngineAndCaseWithConsistentTimings() {
        List<BenchmarkRow> streamed = new ArrayList<>();
        List<BenchmarkRow> rows = new ConvolutionBenchmark(List.of(new JavaConvolver()), 0, 2).run(streamed::add);

        assertThat(rows).isEqualTo(streamed);
        assertThat(rows).extracting(BenchmarkRow::caseName).containsExactly(
                "rgb1080-3x3-conv", "rgb1080-3x3-pipeline", "rgb1080-7x7-conv", "rgb1080-7x7-pipeline",
                "gray512-3x3-conv", "gray512-3x3-pipeline", "gray512-7x7-conv", "gray512-7x7-pipeline");
        assertThat(rows).extracting(BenchmarkRow::caseName).containsExactlyElementsOf(ConvolutionBenchmark.CASE_NAMES);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.engine()).isEqualTo("java");
            assertThat(row.runs()).isEqualTo(2);
            assertThat(row.minMs()).isPositive().isLessThanOrEqualTo(row.medianMs());
            assertThat(row.medianMs()).isLessThanOrEqualTo(row.maxMs());
        });
    }

    @Test
    void caseOverItsTimeBudgetStopsAfterOneTimedRun() {
        List<BenchmarkRow> rows = new ConvolutionBenchmark(List.of(new JavaConvolver()), 0, 3, 0).run();
        assertThat(rows).allSatisfy(row -> assertThat(row.runs()).isEqualTo(1));
    }
}
