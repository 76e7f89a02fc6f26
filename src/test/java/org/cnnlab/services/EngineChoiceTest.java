package org.cnnlab.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnnlab.engine.ConvolutionEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineChoiceTest {
    @TempDir
    Path folder;

    @Test
    void aNamedEngineIsUsedAsItIs() {
        EngineChoice choice = new EngineChoice(ConvolutionEngines.standard(), folder.resolve("choice.json"));
        assertThat(choice.resolve("java").name()).isEqualTo("java");
        assertThat(choice.resolve("Reference").name()).isEqualTo("reference");
    }

    @Test
    void anUnknownEngineIsRefusedWithTheNamesThatExist() {
        EngineChoice choice = new EngineChoice(ConvolutionEngines.standard(), folder.resolve("choice.json"));
        assertThatThrownBy(() -> choice.resolve("cuda")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cuda").hasMessageContaining("java");
    }

    @Test
    void autoUsesTheChoiceRememberedForThisMachineWithoutMeasuringAgain() throws Exception {
        Path cache = folder.resolve("choice.json");
        // The selector never picks the slow reference engine, so getting it back proves the file was read.
        Files.writeString(cache, new ObjectMapper().createObjectNode().put("machine", thisMachine()).put("engine", "reference").toString());
        EngineChoice choice = new EngineChoice(ConvolutionEngines.standard(), cache);
        assertThat(choice.resolve(EngineChoice.AUTO).name()).isEqualTo("reference");
        assertThat(choice.explanation()).startsWith("reference");
    }

    @Test
    void aRememberedChoiceWithAFieldMissingIsIgnoredAndTheEnginesAreMeasuredAgain() throws Exception {
        Path cache = folder.resolve("choice.json");
        Files.writeString(cache, new ObjectMapper().createObjectNode().put("machine", thisMachine()).toString());
        EngineChoice choice = new EngineChoice(ConvolutionEngines.standard(), cache);
        assertThat(choice.resolve(EngineChoice.AUTO).name()).isNotEqualTo("reference");
        assertThat(choice.explanation()).contains("passed the golden checks");
    }

    @Test
    void aRememberedChoiceFileLargerThanAnyChoiceIsNotRead() throws Exception {
        Path cache = folder.resolve("choice.json");
        String padded = new ObjectMapper().createObjectNode().put("machine", thisMachine()).put("engine", "reference")
                .put("padding", "x".repeat((int) EngineChoice.MAX_BYTES)).toString();
        Files.writeString(cache, padded);
        EngineChoice choice = new EngineChoice(ConvolutionEngines.standard(), cache);
        assertThat(choice.resolve(EngineChoice.AUTO).name()).isNotEqualTo("reference");
    }

    /** The key the choice is remembered under on this machine with the standard engines. */
    private static String thisMachine() {
        return EngineChoice.machineKey() + "|" + String.join(",", ConvolutionEngines.standard().names());
    }
}
