package org.cnnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.cnnlab.testsupport.TrainingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@TrainingTest
class BenchTrainCommandTest {
    @TempDir
    Path folder;

    private static final String[] TINY = {"--images", "64", "--warmup-batches", "1", "--forward-runs", "5",
            "--models", "lenet5", "--batches", "16"};

    private static CliTest.Run bench(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "bench";
        args[1] = "train";
        System.arraycopy(options, 0, args, 2, options.length);
        return CliTest.run(args);
    }

    private static String[] tinyWith(String... extra) {
        String[] args = new String[TINY.length + extra.length];
        System.arraycopy(TINY, 0, args, 0, TINY.length);
        System.arraycopy(extra, 0, args, TINY.length, extra.length);
        return args;
    }

    @Test
    void aTinyRunWritesOneTrainRowAndOneForwardRowWithPositiveTimes() throws Exception {
        Path json = folder.resolve("bench.json");
        CliTest.Run run = bench(tinyWith("--json", json.toString()));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("images/s").contains("median ms").contains("lenet5");
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows).hasSize(2);
        JsonNode train = rows.get(0);
        assertThat(train.get("kind").asText()).isEqualTo("train");
        assertThat(train.get("model").asText()).isEqualTo("lenet5");
        assertThat(train.get("batch").asInt()).isEqualTo(16);
        assertThat(train.get("images").asInt()).isEqualTo(64);
        assertThat(train.get("batches").asInt()).isEqualTo(4);
        assertThat(train.get("images_per_second").asDouble()).isPositive();
        assertThat(train.get("images_per_second").asDouble())
                .isCloseTo(64 / train.get("seconds").asDouble(), org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(train.get("min_batch_ms").asDouble()).isPositive()
                .isLessThanOrEqualTo(train.get("max_batch_ms").asDouble());
        JsonNode forward = rows.get(1);
        assertThat(forward.get("kind").asText()).isEqualTo("forward");
        assertThat(forward.get("model").asText()).isEqualTo("lenet5");
        double median = forward.get("median_ms").asDouble();
        double p90 = forward.get("p90_ms").asDouble();
        double p99 = forward.get("p99_ms").asDouble();
        assertThat(median).isPositive();
        assertThat(p90).isGreaterThanOrEqualTo(median);
        assertThat(p99).isGreaterThanOrEqualTo(p90);
        assertThat(forward.get("max_ms").asDouble()).isGreaterThanOrEqualTo(p99);
    }

    @Test
    void anUnknownModelExitsWithOneLineNamingTheZoo() {
        CliTest.Run run = bench("--models", "alexnet", "--images", "1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("alexnet").contains("lenet5").contains("chollet");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outOfRangeNumbersExitWithOneLineEach() {
        for (String[] bad : new String[][] {{"--images", "0"}, {"--batches", "64,0"}, {"--warmup-batches", "-1"},
                {"--forward-runs", "0"}, {"--images", "many"}}) {
            CliTest.Run run = bench(bad);
            assertThat(run.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", bad)).isNotEmpty().doesNotContain("\n");
        }
    }

    @Test
    void anUnknownBenchmarkListsTheOnesThatExist() {
        CliTest.Run run = CliTest.run("bench", "inference");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("convolve, train");
    }
}
