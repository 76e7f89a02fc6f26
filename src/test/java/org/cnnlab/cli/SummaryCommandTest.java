package org.cnnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummaryCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SummaryCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheKerasBookConvnetWithItsTotals() {
        assertThat(run("--model", "chollet")).isZero();
        assertThat(out.toString()).contains("Keras-book convnet", "(None, 3, 3, 64)", "Total params: 93,322");
    }

    @Test
    void writesTheCountsAndLayersAsJson() throws Exception {
        Path json = dir.resolve("out/summary.json");
        assertThat(run("--model", "simple-resnet", "--json", json.toString())).isZero();

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("total_params").asLong()).isEqualTo(470_730);
        assertThat(root.get("trainable_params").asLong()).isEqualTo(470_474);
        assertThat(root.get("layers")).hasSize(7);
        assertThat(root.get("layers").get(0).get("output_shape").toString()).isEqualTo("[26,26,64]");
        assertThat(root.get("layers").get(4).get("connected_to").toString())
                .isEqualTo("[\"batch_normalization_1\",\"batch_normalization\"]");
    }

    @Test
    void anUnknownModelIsBadInputNamingTheChoices() {
        assertThat(run("--model", "vgg16")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown model 'vgg16': choose one of dense-baseline, basic-cnn, lenet5")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
