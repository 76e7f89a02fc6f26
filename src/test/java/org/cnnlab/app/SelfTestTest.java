package org.cnnlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestTest {

    @Test
    void passesEveryCheckWithTheShippedSamplesAndFailsWhenTheSampleIsMissing(@TempDir Path empty) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int exit = new SelfTest(Path.of("sample-images"), new PrintStream(text, true, StandardCharsets.UTF_8)).run();
        String report = text.toString(StandardCharsets.UTF_8);

        assertThat(report).as(report).contains("ok decode imageio", "ok decode twelvemonkeys", "ok decode opencv",
                "ok engine java", "ok engine nd4j", "ok engine opencv", "ok engine reference", "ok train lenet5",
                "self-test passed").doesNotContain("FAIL");
        assertThat(exit).isZero();

        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        SelfTest broken = new SelfTest(empty, new PrintStream(missing, true, StandardCharsets.UTF_8));
        assertThat(broken.run()).isEqualTo(1);
        assertThat(broken.failures()).containsExactly("decode");
        assertThat(missing.toString(StandardCharsets.UTF_8)).contains("FAIL decode:", "is missing", "self-test FAILED");
    }
}
