package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.FeatureMapPipeline;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.engine.ReferenceConvolver;
import org.cnnlab.ui.controls.Highlight;
import org.junit.jupiter.api.Test;

class PixelTraceTest {
    private static final Kernel TEXTBOOK = Kernel.of(new float[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}});

    private static PipelineResult compute(FloatPlanes input, PipelineSpec spec) {
        return new FeatureMapPipeline().compute(input, spec, new ReferenceConvolver());
    }

    @Test
    void outputPixelShowsItsWindowProductsSumAndActivation() {
        PipelineResult r = compute(SandboxViewModelTest.textbookImage(), PipelineSpec.simple(TEXTBOOK));

        PixelTrace t = PixelTrace.of(r, 0, 0, PipelineStage.CONV, 0, 1);

        assertThat(t.text()).contains("Output pixel (0, 1) reads input rows 0–2, columns 1–3")
                .contains("10·1 + 10·0 + 0·(-1) + 10·1 + 10·0 + 0·(-1) + 10·1 + 10·0 + 0·(-1) = 30")
                .contains("ReLU(30) = 30")
                .contains("inside pool cell (0, 0) where it is the maximum");
        assertThat(t.highlights(PipelineStage.INPUT)).containsExactly(new Highlight(0, 1, 2, 3, Highlight.Kind.WINDOW));
        assertThat(t.highlights(PipelineStage.MAX_POOL)).containsExactly(Highlight.pixel(0, 0, Highlight.Kind.PIXEL));
    }

    @Test
    void dilatedKernelsMarkEachTapTheyRead() {
        PipelineSpec spec = new PipelineSpec(ColorMode.GRAY, List.of(Filter.of(TEXTBOOK)), PaddingMode.VALID, 0,
                BorderMode.ZERO, 1, 2, Activation.RELU, PoolSelection.NONE, 2, 2);
        PipelineResult r = compute(SandboxViewModelTest.textbookImage(), spec);

        PixelTrace t = PixelTrace.of(r, 0, 0, PipelineStage.CONV, 0, 1);

        // dilation 2: the 3x3 kernel reads rows 0, 2, 4 and columns 1, 3, 5
        assertThat(t.highlights(PipelineStage.INPUT)).contains(new Highlight(0, 1, 4, 5, Highlight.Kind.WINDOW),
                Highlight.pixel(0, 1, Highlight.Kind.PIXEL), Highlight.pixel(2, 3, Highlight.Kind.PIXEL),
                Highlight.pixel(4, 5, Highlight.Kind.PIXEL));
        assertThat(t.highlights(PipelineStage.INPUT)).hasSize(10);
    }

    @Test
    void negativeSumsAreShownCutByRelu() {
        PipelineResult r = compute(SandboxViewModelTest.textbookImage(), PipelineSpec.simple(TEXTBOOK.flippedHorizontally()));

        assertThat(PixelTrace.of(r, 0, 0, PipelineStage.ACTIVATION, 2, 2).text()).contains("= -30").contains("ReLU(-30) = 0");
    }

    @Test
    void maxPoolPixelNamesItsWindowValuesAndWinner() {
        PipelineResult r = compute(SandboxViewModelTest.textbookImage(), PipelineSpec.simple(TEXTBOOK));

        // the activated map rows are 0 30 30 0; pool cell (0, 1) covers columns 2–3: values 30, 0, 30, 0
        PixelTrace t = PixelTrace.of(r, 0, 0, PipelineStage.MAX_POOL, 0, 1);

        assertThat(t.text()).contains("covers activated rows 0–1, columns 2–3").contains("max(30, 0, 30, 0) = 30, from (0, 2)");
        assertThat(t.highlights(PipelineStage.ACTIVATION)).contains(new Highlight(0, 2, 1, 3, Highlight.Kind.WINDOW),
                Highlight.pixel(0, 2, Highlight.Kind.WINNER));
        assertThat(t.highlights(PipelineStage.INPUT)).containsExactly(new Highlight(0, 2, 3, 5, Highlight.Kind.WINDOW));
    }

    @Test
    void rgbModeWritesEachChannelThenBiasAndTotal() {
        FloatPlanes rgb = FloatPlanes.zeros(3, 3, 3);
        java.util.Arrays.fill(rgb.data(), 0, 9, 1f);
        java.util.Arrays.fill(rgb.data(), 9, 18, 2f);
        java.util.Arrays.fill(rgb.data(), 18, 27, 3f);
        Kernel one = Kernel.of(1, 1, 1f);
        Kernel two = Kernel.of(1, 1, 2f);
        PipelineSpec spec = new PipelineSpec(ColorMode.RGB, List.of(new Filter(List.of(one, two, one), 0.5f)),
                PaddingMode.VALID, 0, BorderMode.ZERO, 1, 1, Activation.NONE, PoolSelection.NONE, 2, 2);

        String text = PixelTrace.of(compute(rgb, spec), 0, 0, PipelineStage.CONV, 1, 1).text();

        assertThat(text).contains("R: 1·1 = 1\nG: 2·2 = 4\nB: 3·1 = 3\nbias 0.5; total 8.5")
                .contains("no activation: 8.5 passes unchanged");
    }

    @Test
    void depthwiseMapsExplainOnlyTheirOwnChannel() {
        FloatPlanes rgb = FloatPlanes.zeros(3, 3, 3);
        java.util.Arrays.fill(rgb.data(), 9, 18, 2f);
        Kernel one = Kernel.of(1, 1, 1f);
        PipelineSpec spec = new PipelineSpec(ColorMode.DEPTHWISE, List.of(Filter.replicated(one, 3)), PaddingMode.VALID, 0,
                BorderMode.ZERO, 1, 1, Activation.RELU, PoolSelection.NONE, 2, 2);

        String text = PixelTrace.of(compute(rgb, spec), 0, 1, PipelineStage.CONV, 0, 0).text();

        assertThat(text).contains("G only: 2·1 = 2");
    }

    @Test
    void inputPixelNamesTheOutputPixelsThatReadIt() {
        PipelineResult r = compute(SandboxViewModelTest.textbookImage(), PipelineSpec.simple(TEXTBOOK));

        // input (0, 0) is only in the window of output (0, 0); input (3, 3) in outputs rows 1–3, columns 1–3
        assertThat(PixelTrace.of(r, 0, 0, PipelineStage.INPUT, 0, 0).text()).contains("read by output rows 0–0, columns 0–0");
        assertThat(PixelTrace.of(r, 0, 0, PipelineStage.INPUT, 3, 3).highlights(PipelineStage.CONV))
                .containsExactly(new Highlight(1, 1, 3, 3, Highlight.Kind.WINDOW));
    }
}
