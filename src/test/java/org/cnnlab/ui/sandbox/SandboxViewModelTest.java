package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.engine.ReferenceConvolver;
import org.cnnlab.testsupport.QueuedFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxViewModelTest {
    private final QueuedFxThread fx = new QueuedFxThread();
    private SandboxViewModel vm;

    @BeforeEach
    void createViewModel() {
        vm = new SandboxViewModel(ReferenceConvolver::new, fx);
    }

    @AfterEach
    void shutDown() {
        vm.shutdown();
    }

    /** The textbook image: 10 in the left three columns, 0 in the right three. */
    static FloatPlanes textbookImage() {
        float[][] rows = new float[6][6];
        for (float[] row : rows) {
            row[0] = row[1] = row[2] = 10;
        }
        return FloatPlanes.of2d(rows);
    }

    private void awaitResultFor(PipelineSpec spec) throws InterruptedException {
        fx.runUntil(() -> vm.resultProperty().get() != null && vm.resultProperty().get().spec().equals(spec));
    }

    private float[][] convRows() {
        FloatPlanes conv = vm.resultProperty().get().filters().get(0).maps().get(0).conv();
        float[][] rows = new float[conv.height()][conv.width()];
        for (int y = 0; y < conv.height(); y++) {
            for (int x = 0; x < conv.width(); x++) {
                rows[y][x] = conv.get(0, y, x);
            }
        }
        return rows;
    }

    @Test
    void textbookKernelOnTextbookImageGivesFourRowsOfZeroThirtyThirtyZero() throws InterruptedException {
        vm.kernelProperty().set(Kernel.of(new float[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}}));
        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());

        float[] expected = {0, 30, 30, 0};
        assertThat(convRows()).isDeepEqualTo(new float[][] {expected, expected, expected, expected});
        assertThat(vm.formulaTextProperty().get()).isEqualTo("height and width: floor((6 + 2·0 − 3) / 1) + 1 = 4");
        assertThat(vm.brightnessTextProperty().get()).startsWith("weights sum to 0");
        assertThat(vm.statsTextProperty().get()).contains("feature map 4x4: min 0, max 30");
    }

    @Test
    void samePaddingKeepsTheInputSizeAndTheFormulaSaysSo() throws InterruptedException {
        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());

        vm.paddingModeProperty().set(PaddingMode.SAME);
        awaitResultFor(vm.currentSpec());

        FloatPlanes conv = vm.resultProperty().get().filters().get(0).maps().get(0).conv();
        assertThat(conv.height()).isEqualTo(6);
        assertThat(conv.width()).isEqualTo(6);
        assertThat(vm.formulaTextProperty().get()).isEqualTo("height and width: floor((6 + 2·1 − 3) / 1) + 1 = 6");
    }

    @Test
    void strideAndCustomPaddingAppearInTheFormulaWithTheUsersNumbers() {
        FloatPlanes big = FloatPlanes.zeros(1, 512, 512);
        vm.setImage("big", null, big);
        vm.paddingModeProperty().set(PaddingMode.CUSTOM);
        vm.customPaddingProperty().set(1);
        vm.strideProperty().set(2);

        assertThat(vm.formulaTextProperty().get()).isEqualTo("height and width: floor((512 + 2·1 − 3) / 2) + 1 = 256");
    }

    @Test
    void kernelLargerThanTheImageGivesAMessageAndKeepsTheLastResult() throws InterruptedException {
        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());
        PipelineResult good = vm.resultProperty().get();

        vm.kernelProperty().set(Kernel.identity(9));
        fx.runUntil(() -> !vm.errorMessageProperty().get().isEmpty());

        assertThat(vm.errorMessageProperty().get()).contains("9x9").contains("use more padding or a smaller kernel");
        assertThat(vm.resultProperty().get()).isSameAs(good);
        assertThat(vm.formulaTextProperty().get()).contains("does not fit");

        vm.paddingModeProperty().set(PaddingMode.SAME);
        awaitResultFor(vm.currentSpec());
        assertThat(vm.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void depthwiseModeGivesOneMapPerColourChannel() throws InterruptedException {
        FloatPlanes rgb = FloatPlanes.zeros(3, 8, 8);
        vm.setImage("colour", rgb, FloatPlanes.zeros(1, 8, 8));
        vm.modeProperty().set(ColorMode.DEPTHWISE);
        awaitResultFor(vm.currentSpec());

        assertThat(vm.resultProperty().get().filters().get(0).maps()).hasSize(3);
        assertThat(vm.currentSpec().filters().get(0).channels()).isEqualTo(3);
    }

    @Test
    void rgbModeSumsTheChannelsPlusBiasIntoOneMap() throws InterruptedException {
        FloatPlanes rgb = FloatPlanes.zeros(3, 4, 4);
        java.util.Arrays.fill(rgb.data(), 0, 16, 1f);
        java.util.Arrays.fill(rgb.data(), 16, 32, 2f);
        java.util.Arrays.fill(rgb.data(), 32, 48, 3f);
        vm.setImage("flat colours", rgb, FloatPlanes.zeros(1, 4, 4));
        vm.modeProperty().set(ColorMode.RGB);
        vm.kernelProperty().set(Kernel.of(new float[][] {{1}}));
        vm.copyKernelToAllChannels();
        vm.biasProperty().set(0.5);
        awaitResultFor(vm.currentSpec());

        // R, G and B each with the 1x1 kernel [1]: 1 + 2 + 3 + 0.5
        assertThat(vm.resultProperty().get().filters().get(0).maps()).hasSize(1);
        assertThat(convRows()[0][0]).isEqualTo(6.5f);
    }

    @Test
    void editingOneChannelLeavesTheOtherChannelsKernels() throws InterruptedException {
        FloatPlanes rgb = FloatPlanes.zeros(3, 4, 4);
        java.util.Arrays.fill(rgb.data(), 16, 32, 2f);
        vm.setImage("green", rgb, FloatPlanes.zeros(1, 4, 4));
        vm.modeProperty().set(ColorMode.RGB);
        vm.kernelProperty().set(Kernel.of(new float[][] {{1}}));
        vm.copyKernelToAllChannels();
        vm.selectedChannelProperty().set(1);
        vm.kernelProperty().set(Kernel.of(new float[][] {{3}}));
        awaitResultFor(vm.currentSpec());

        // only G is non-zero (2), and G's kernel is now [3]
        assertThat(convRows()[0][0]).isEqualTo(6f);
        assertThat(vm.currentSpec().filters().get(0).kernel(0)).isEqualTo(Kernel.of(new float[][] {{1}}));
    }

    @Test
    void aPresetInRgbModeGoesOnEveryChannel() {
        vm.modeProperty().set(ColorMode.RGB);
        vm.applyPreset(KernelPreset.BOX_BLUR);

        assertThat(vm.currentSpec().filters().get(0).kernels()).containsOnly(KernelPreset.BOX_BLUR.kernel());
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.BOX_BLUR.kernel());
    }

    @Test
    void manyRapidEditsEndWithTheResultOfTheLastOne() throws InterruptedException {
        vm.setImage("big", null, FloatPlanes.zeros(1, 200, 200));
        for (int i = 1; i <= 40; i++) {
            vm.kernelProperty().set(Kernel.of(1, 1, i));
        }
        PipelineSpec last = vm.currentSpec();
        awaitResultFor(last);

        assertThat(vm.resultProperty().get().spec().filters().get(0).kernel(0).get(0, 0)).isEqualTo(40f);
    }

    @Test
    void appliedSpecRoundTripsThroughCurrentSpec() {
        PipelineSpec spec = new PipelineSpec(ColorMode.GRAY, java.util.List.of(
                org.cnnlab.engine.Filter.of(KernelPreset.SOBEL_X.kernel()), org.cnnlab.engine.Filter.of(KernelPreset.SOBEL_Y.kernel())),
                PaddingMode.FULL, 0, org.cnnlab.engine.BorderMode.REFLECT, 2, 1, org.cnnlab.engine.Activation.NONE,
                PoolSelection.BOTH, 3, 1);
        vm.applySpec(spec);

        assertThat(vm.currentSpec()).isEqualTo(spec);
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.SOBEL_X.kernel());
        vm.selectedFilterProperty().set(1);
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.SOBEL_Y.kernel());
    }

    @Test
    void theFilterBankStopsAtEightFilters() {
        for (int i = 0; i < 10; i++) {
            vm.addFilter();
        }
        assertThat(vm.filters()).hasSize(PipelineSpec.MAX_FILTERS);
        assertThat(vm.errorMessageProperty().get()).contains("at most 8");
    }

    /** The reference engine under a name of the test's choosing, optionally slowed down. */
    private static final class NamedEngine implements org.cnnlab.engine.Convolver {
        volatile String name = "reference";
        volatile long delayMillis;
        private final ReferenceConvolver reference = new ReferenceConvolver();

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "the reference engine, renamed";
        }

        @Override
        public void correlate(FloatPlanes input, org.cnnlab.engine.Filter filter, org.cnnlab.engine.ConvGeometry geometry,
                FloatPlanes out) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reference.correlate(input, filter, geometry, out);
        }
    }

    @Test
    void onceAnEditIsKnownToBeCheapTheNextIsComputedBeforeTheEditReturns() throws InterruptedException {
        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());

        vm.kernelProperty().set(KernelPreset.SHARPEN.kernel());

        assertThat(vm.resultProperty().get().spec()).isEqualTo(vm.currentSpec());
    }

    @Test
    void anEditExpectedToTakeLongerThanTheBudgetGoesToTheWorker() throws InterruptedException {
        NamedEngine engine = new NamedEngine();
        vm.shutdown();
        vm = new SandboxViewModel(() -> engine, fx);
        engine.delayMillis = 2L * SandboxViewModel.INLINE_BUDGET_MILLIS;
        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());

        vm.kernelProperty().set(KernelPreset.SHARPEN.kernel());

        assertThat(vm.resultProperty().get().spec()).isNotEqualTo(vm.currentSpec());
        awaitResultFor(vm.currentSpec());
    }

    @Test
    void aLateResultOfAnOlderEditNeverReplacesANewerOne() throws InterruptedException {
        NamedEngine engine = new NamedEngine();
        vm.shutdown();
        vm = new SandboxViewModel(() -> engine, fx);
        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());

        engine.name = "another engine";
        vm.kernelProperty().set(KernelPreset.SHARPEN.kernel());
        fx.awaitQueued();
        PipelineResult shown = vm.resultProperty().get();
        engine.name = "reference";
        vm.kernelProperty().set(KernelPreset.SOBEL_Y.kernel());
        assertThat(vm.resultProperty().get()).isNotSameAs(shown);
        PipelineSpec newest = vm.currentSpec();

        fx.runAll();

        assertThat(vm.resultProperty().get().spec()).isEqualTo(newest);
        assertThat(vm.resultProperty().get().engine()).isEqualTo("reference");
    }

    @Test
    void undoTakesBackCellEditsPresetsAndKernelToolsInOrderAndRedoDoesThemAgain() {
        Kernel start = vm.kernelProperty().get();
        Kernel edited = start.with(0, 0, 5f);
        vm.kernelProperty().set(edited);
        vm.applyPreset(KernelPreset.BOX_BLUR);
        Kernel zero = Kernel.zeros(3);
        vm.kernelProperty().set(zero);
        Kernel flipped = KernelPreset.SOBEL_X.kernel().flippedHorizontally();
        vm.kernelProperty().set(flipped);

        assertThat(vm.undo()).isTrue();
        assertThat(vm.kernelProperty().get()).isEqualTo(zero);
        vm.undo();
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.BOX_BLUR.kernel());
        vm.undo();
        assertThat(vm.kernelProperty().get()).isEqualTo(edited);
        vm.undo();
        assertThat(vm.kernelProperty().get()).isEqualTo(start);
        assertThat(vm.undo()).isFalse();
        assertThat(vm.canUndoProperty().get()).isFalse();

        assertThat(vm.redo()).isTrue();
        vm.redo();
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.BOX_BLUR.kernel());
        assertThat(vm.canRedoProperty().get()).isTrue();
    }

    @Test
    void undoOfAColourModeSwitchBringsBackTheGrayFilterAndAnotherEditEndsTheRedo() {
        vm.applyPreset(KernelPreset.SHARPEN);
        vm.modeProperty().set(ColorMode.RGB);
        vm.selectedChannelProperty().set(2);
        vm.kernelProperty().set(KernelPreset.SOBEL_Y.kernel());

        vm.undo();
        assertThat(vm.currentSpec().filters().get(0).kernels()).containsOnly(KernelPreset.SHARPEN.kernel());
        vm.undo();
        assertThat(vm.modeProperty().get()).isEqualTo(ColorMode.GRAY);
        assertThat(vm.currentSpec().filters().get(0).kernels()).containsExactly(KernelPreset.SHARPEN.kernel());

        vm.applyPreset(KernelPreset.EMBOSS);
        assertThat(vm.redo()).isFalse();
    }

    @Test
    void aNewImageTheKernelDoesNotFitRemovesTheMapsOfThePreviousImage() throws InterruptedException {
        vm.setImage("big", null, FloatPlanes.zeros(1, 64, 64));
        vm.kernelProperty().set(Kernel.identity(8));
        awaitResultFor(vm.currentSpec());
        vm.probes().pin(new ProbeState.Probe(0, 0, PipelineStage.CONV, 50, 50));
        assertThat(vm.probes().mathTextProperty().get()).contains("rows 50–57");

        vm.setImage("textbook", null, textbookImage());
        fx.runUntil(() -> !vm.errorMessageProperty().get().isEmpty());

        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.errorMessageProperty().get()).contains("8x8");
        assertThat(vm.probes().mathTextProperty().get()).isEqualTo(ProbeState.HINT);
        assertThat(vm.statsTextProperty().get()).isEmpty();
    }

    @Test
    void aPinnedPixelOutsideTheNewImagesMapsIsNoLongerTraced() throws InterruptedException {
        vm.setImage("big", null, FloatPlanes.zeros(1, 64, 64));
        awaitResultFor(vm.currentSpec());
        vm.probes().pin(new ProbeState.Probe(0, 0, PipelineStage.CONV, 40, 40));
        assertThat(vm.probes().tracedProperty().get()).isNotNull();

        vm.setImage("textbook", null, textbookImage());
        awaitResultFor(vm.currentSpec());

        assertThat(vm.probes().tracedProperty().get()).isNull();
        assertThat(vm.probes().mathTextProperty().get()).isEqualTo(ProbeState.HINT);
    }

    @Test
    void depthwiseBrightnessDescribesTheKernelEachMapUses() {
        vm.modeProperty().set(ColorMode.DEPTHWISE);
        vm.applyPreset(KernelPreset.BOX_BLUR);

        assertThat(vm.brightnessTextProperty().get()).contains("weights sum to 1: flat areas keep their brightness")
                .doesNotContain("sum to 3");

        vm.selectedChannelProperty().set(1);
        vm.kernelProperty().set(Kernel.of(new float[][] {{0, 0, 0}, {0, 2, 0}, {0, 0, 0}}));
        assertThat(vm.brightnessTextProperty().get()).contains("R map: weights sum to 1")
                .contains("G map: weights sum to 2: flat areas get 2 times brighter").contains("B map: weights sum to 1");
    }

    @Test
    void rgbBrightnessSumsTheThreeKernelsAndAddsTheBias() {
        vm.modeProperty().set(ColorMode.RGB);
        vm.applyPreset(KernelPreset.BOX_BLUR);
        vm.biasProperty().set(5);

        assertThat(vm.brightnessTextProperty().get()).contains("weights sum to 3").contains("bias 5");
    }
}
