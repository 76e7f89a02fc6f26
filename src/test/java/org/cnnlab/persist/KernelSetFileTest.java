package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSetFileTest {
    private static final String TEXTBOOK = "{\"format\": \"cnnlab-kernel-set\", \"version\": 1, \"mode\": \"gray\","
            + " \"filters\": [{\"kernels\": [[[1,0,-1],[1,0,-1],[1,0,-1]]], \"bias\": 0}],"
            + " \"padding\": \"valid\", \"customPadding\": 0, \"border\": \"zero\", \"stride\": 1, \"dilation\": 1,"
            + " \"activation\": \"relu\", \"pooling\": \"max\", \"poolSize\": 2, \"poolStride\": 2}";

    @TempDir
    Path folder;

    @Test
    void aSavedKernelSetLoadsBackIdentical() throws Exception {
        Filter rgb = new Filter(List.of(KernelPreset.SOBEL_X.kernel(), KernelPreset.SOBEL_Y.kernel(), Kernel.parse("0.25,0.5,0.25;0,0,0;0,0,0")), -1.5f);
        PipelineSpec spec = new PipelineSpec(ColorMode.RGB, List.of(rgb, Filter.replicated(Kernel.identity(3), 3)),
                PaddingMode.CUSTOM, 2, BorderMode.REFLECT, 2, 3, Activation.LEAKY_RELU, PoolSelection.BOTH, 3, 2);
        Path file = folder.resolve("edges.json");
        KernelSetFile.save(spec, file);
        assertThat(KernelSetFile.load(file)).isEqualTo(spec);
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void aKernelSetSavedByVersion01Opens() throws Exception {
        Filter rgb = new Filter(List.of(KernelPreset.SOBEL_X.kernel(), KernelPreset.SOBEL_Y.kernel(), Kernel.parse("0.25,0.5,0.25;0,0,0;0,0,0")), -1.5f);
        PipelineSpec expected = new PipelineSpec(ColorMode.RGB, List.of(rgb, Filter.replicated(Kernel.identity(3), 3)),
                PaddingMode.CUSTOM, 2, BorderMode.REFLECT, 2, 3, Activation.LEAKY_RELU, PoolSelection.BOTH, 3, 2);

        Path saved = Path.of(getClass().getResource("saved-by-0.1/rgb-bank.cnnkernels").toURI());

        assertThat(KernelSetFile.load(saved)).isEqualTo(expected);
    }

    @Test
    void aMissingFieldIsNamedInsteadOfTakingADefault() {
        String json = TEXTBOOK.replace("\"poolSize\": 2, ", "");
        assertThatThrownBy(() -> KernelSetFile.fromJson(json)).isInstanceOf(KernelSetFormatException.class)
                .hasMessage("the kernel set is damaged: 'poolSize' is missing");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsNamed() {
        String json = TEXTBOOK.replace("\"stride\": 1", "\"stride\": 1.5");
        assertThatThrownBy(() -> KernelSetFile.fromJson(json)).hasMessage("the kernel set is damaged: 'stride' must be a whole number");
    }

    @Test
    void aMissingBiasIsNamedWithItsFilter() {
        String json = TEXTBOOK.replace(", \"bias\": 0", "");
        assertThatThrownBy(() -> KernelSetFile.fromJson(json)).hasMessage("the kernel set is damaged: 'filters[1].bias' is missing");
    }

    @Test
    void anUnknownChoiceIsNamed() {
        String json = TEXTBOOK.replace("\"border\": \"zero\"", "\"border\": \"wrap\"");
        assertThatThrownBy(() -> KernelSetFile.fromJson(json))
                .hasMessage("the kernel set is damaged: 'border' is 'wrap', which CNN Lab does not know");
    }

    @Test
    void aFileTooLargeForAKernelSetIsRefusedByItsSize() throws Exception {
        Path huge = folder.resolve("huge.cnnkernels");
        Files.write(huge, new byte[(int) KernelSetFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> KernelSetFile.load(huge)).hasMessageContaining("is larger than 1 MB");
    }

    @Test
    void textThatIsNotJsonIsRefusedAsNotAKernelSet() {
        assertThatThrownBy(() -> KernelSetFile.fromJson("hello")).isInstanceOf(KernelSetFormatException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void jsonFromElsewhereIsRefusedAsNotAKernelSet() {
        assertThatThrownBy(() -> KernelSetFile.fromJson("{\"name\": \"x\"}")).hasMessageContaining("not a CNN Lab kernel set");
    }

    @Test
    void aFileFromANewerVersionSaysSo() {
        assertThatThrownBy(() -> KernelSetFile.fromJson("{\"format\": \"cnnlab-kernel-set\", \"version\": 7}"))
                .hasMessageContaining("newer CNN Lab");
    }

    @Test
    void aNonNumericWeightIsReportedWithItsPosition() {
        String json = "{\"format\": \"cnnlab-kernel-set\", \"version\": 1, \"filters\": [{\"kernels\": [[[1, \"a\"]]]}]}";
        assertThatThrownBy(() -> KernelSetFile.fromJson(json)).hasMessageContaining("filter 1, row 1, column 2");
    }

    @Test
    void raggedRowsAreReportedAsDamage() {
        String json = "{\"format\": \"cnnlab-kernel-set\", \"version\": 1, \"filters\": [{\"kernels\": [[[1, 2], [3]]]}]}";
        assertThatThrownBy(() -> KernelSetFile.fromJson(json)).hasMessageContaining("damaged").hasMessageContaining("row 2");
    }

    @Test
    void aMissingFileSaysItDoesNotExist() {
        assertThatThrownBy(() -> KernelSetFile.load(folder.resolve("gone.json"))).hasMessageContaining("does not exist");
    }
}
