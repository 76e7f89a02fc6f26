package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureMapPipelineTest {
    private final FeatureMapPipeline pipeline = new FeatureMapPipeline();
    private final Convolver reference = new ReferenceConvolver();

    static FloatPlanes textbookImage() {
        FloatPlanes image = FloatPlanes.zeros(1, 6, 6);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 3; x++) {
                image.set(0, y, x, 10f);
            }
        }
        return image;
    }

    @Test
    void textbookEdgeGivesFourRowsOfZeroThirtyThirtyZeroThenPoolsToThirties() {
        PipelineResult result = pipeline.compute(textbookImage(), PipelineSpec.simple(KernelPreset.TEXTBOOK_VERTICAL_EDGE.kernel()), reference);
        MapResult map = result.filters().get(0).maps().get(0);
        for (int y = 0; y < 4; y++) {
            assertThat(new float[] {map.conv().get(0, y, 0), map.conv().get(0, y, 1), map.conv().get(0, y, 2), map.conv().get(0, y, 3)})
                    .containsExactly(0f, 30f, 30f, 0f);
        }
        assertThat(map.maxPooled().data()).containsExactly(30f, 30f, 30f, 30f);
        assertThat(map.activatedStats().zeroFraction()).isEqualTo(0.5);
        assertThat(map.globalAverage()).isEqualTo(15f);
    }

    @Test
    void reluRemovesTheNegativeEdgeThatTheFlippedKernelFinds() {
        Kernel flipped = KernelPreset.TEXTBOOK_VERTICAL_EDGE.kernel().flippedHorizontally();
        MapResult map = pipeline.compute(textbookImage(), PipelineSpec.simple(flipped), reference).filters().get(0).maps().get(0);
        assertThat(map.convStats().min()).isEqualTo(-30f);
        assertThat(map.activatedStats().min()).isZero();
        assertThat(map.activatedStats().zeroFraction()).isEqualTo(1.0);
    }

    @Test
    void rgbModeSumsTheChannelsPlusTheBiasIntoOneMap() {
        FloatPlanes rgb = FloatPlanes.zeros(3, 2, 2);
        java.util.Arrays.fill(rgb.data(), 0, 4, 1f);
        java.util.Arrays.fill(rgb.data(), 4, 8, 2f);
        java.util.Arrays.fill(rgb.data(), 8, 12, 3f);
        Filter filter = new Filter(List.of(Kernel.of(1, 1, 1f), Kernel.of(1, 1, 10f), Kernel.of(1, 1, 100f)), 0.5f);
        PipelineSpec spec = new PipelineSpec(ColorMode.RGB, List.of(filter), PaddingMode.VALID, 0, BorderMode.ZERO, 1, 1,
                Activation.NONE, PoolSelection.NONE, 2, 2);
        MapResult map = pipeline.compute(rgb, spec, reference).filters().get(0).maps().get(0);
        assertThat(map.conv().data()).containsOnly(1 + 20 + 300 + 0.5f);
        assertThat(map.maxPooled()).isNull();
    }

    @Test
    void depthwiseModeGivesOneMapPerChannel() {
        FloatPlanes rgb = FloatPlanes.zeros(3, 4, 4);
        for (int c = 0; c < 3; c++) {
            java.util.Arrays.fill(rgb.data(), rgb.planeOffset(c), rgb.planeOffset(c) + 16, c + 1f);
        }
        Filter filter = Filter.replicated(Kernel.identity(3), 3);
        PipelineSpec spec = new PipelineSpec(ColorMode.DEPTHWISE, List.of(filter), PaddingMode.SAME, 0, BorderMode.ZERO, 1, 1,
                Activation.RELU, PoolSelection.BOTH, 2, 2);
        List<MapResult> maps = pipeline.compute(rgb, spec, reference).filters().get(0).maps();
        assertThat(maps).hasSize(3);
        for (int c = 0; c < 3; c++) {
            assertThat(maps.get(c).inputChannel()).isEqualTo(c);
            assertThat(maps.get(c).conv().data()).containsOnly(c + 1f);
            assertThat(maps.get(c).averagePooled().data()).containsOnly(c + 1f);
        }
    }

    @Test
    void releasedResultsLetThePipelineReuseItsBuffers() {
        PipelineSpec spec = PipelineSpec.simple(KernelPreset.BOX_BLUR.kernel());
        PipelineResult first = pipeline.compute(textbookImage(), spec, reference);
        FloatPlanes firstConv = first.filters().get(0).maps().get(0).conv();
        for (int i = 0; i < 10; i++) {
            PipelineResult next = pipeline.compute(textbookImage(), spec, reference);
            next.release();
        }
        first.release();
        assertThat(pipeline.bufferSetCount()).isEqualTo(3);
        boolean reused = false;
        for (int i = 0; i < 3; i++) {
            PipelineResult r = pipeline.compute(textbookImage(), spec, reference);
            reused |= r.filters().get(0).maps().get(0).conv() == firstConv;
        }
        assertThat(reused).isTrue();
    }

    @Test
    void aResultStillHeldIsNeverOverwritten() {
        PipelineResult held = pipeline.compute(textbookImage(), PipelineSpec.simple(KernelPreset.TEXTBOOK_VERTICAL_EDGE.kernel()), reference);
        float[] before = held.filters().get(0).maps().get(0).conv().data().clone();
        for (int i = 0; i < 5; i++) {
            pipeline.compute(textbookImage(), PipelineSpec.simple(KernelPreset.IDENTITY.kernel()), reference).release();
        }
        assertThat(held.filters().get(0).maps().get(0).conv().data()).containsExactly(before);
    }

    @Test
    void aKernelLargerThanTheImageIsRefusedWithTheSizes() {
        assertThatThrownBy(() -> pipeline.compute(FloatPlanes.zeros(1, 5, 5), PipelineSpec.simple(Kernel.zeros(7)), reference))
                .hasMessageContaining("7x7").hasMessageContaining("5x5");
    }

    @Test
    void anImageWithTheWrongChannelCountForTheModeIsRefused() {
        assertThatThrownBy(() -> pipeline.compute(FloatPlanes.zeros(3, 6, 6), PipelineSpec.simple(Kernel.identity(3)), reference))
                .hasMessageContaining("gray mode needs an image with 1 channel");
    }
}
