package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineSelectorTest {

    /** True convolution (kernel rotated by 180°): the textbook example then gives 0 -30 -30 0. */
    private static final class FlippingConvolver implements Convolver {
        private final ReferenceConvolver reference = new ReferenceConvolver();

        @Override
        public String name() {
            return "flipping";
        }

        @Override
        public String description() {
            return "convolves instead of correlating";
        }

        @Override
        public void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
            List<Kernel> flipped = filter.kernels().stream().map(Kernel::rotated180).toList();
            reference.correlate(input, new Filter(flipped, filter.bias()), geometry, out);
        }
    }

    /** Right everywhere except at the right border with replicate padding, where it reads zeros. */
    private static final class ZeroRightBorderConvolver implements Convolver {
        @Override
        public String name() {
            return "zero-right";
        }

        @Override
        public String description() {
            return "ignores the border mode";
        }

        @Override
        public void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
            ConvGeometry zeroBorder = new ConvGeometry(geometry.padding(), BorderMode.ZERO, geometry.stride(), geometry.dilation());
            new ReferenceConvolver().correlate(input, filter, zeroBorder, out);
        }
    }

    @Test
    void engineThatConvolvesInsteadOfCorrelatingFailsTheTextbookExample() {
        assertThat(EngineSelector.check(new FlippingConvolver()))
                .isEqualTo("the textbook 6x6 example gave -30.0 at row 1, column 2 instead of 30.0");
    }

    @Test
    void engineThatIgnoresTheBorderModeFailsTheAgreementCheck() {
        assertThat(EngineSelector.check(new ZeroRightBorderConvolver()))
                .startsWith("it disagrees with the reference");
    }

    @Test
    void correctEnginesPassBothChecks() {
        assertThat(EngineSelector.check(new JavaConvolver(2))).isEmpty();
        assertThat(EngineSelector.check(new ReferenceConvolver())).isEmpty();
    }

    @Test
    void fastestPassingEngineBecomesTheDefaultAndUnavailableOnesAreReportedWithTheirReason() {
        ConvolutionEngines engines = new ConvolutionEngines(new NativeLibraries(Map.of(
                NativeLibraries.Library.ND4J, () -> {
                    throw new UnsatisfiedLinkError("no libnd4jcpu");
                },
                NativeLibraries.Library.OPENCV, () -> {
                    throw new UnsatisfiedLinkError("no libopencv_core");
                })));

        EngineReport report = new EngineSelector(engines, 1, 0).select();

        assertThat(report.results()).extracting(EngineReport.EngineResult::name)
                .containsExactly("java", "nd4j", "opencv", "reference");
        assertThat(report.result("nd4j").orElseThrow().passed()).isFalse();
        assertThat(report.result("nd4j").orElseThrow().reason()).contains("could not be loaded on this machine")
                .doesNotContain("no libnd4jcpu");
        assertThat(report.result("java").orElseThrow().passed()).isTrue();
        assertThat(report.result("reference").orElseThrow().passed()).isTrue();
        assertThat(report.result("java").orElseThrow().medianMs())
                .isLessThan(report.result("reference").orElseThrow().medianMs());
        assertThat(report.defaultEngine()).isEqualTo("java");
    }

    @Test
    void reportPicksTheSmallestMedianAmongPassedEnginesOnly() {
        EngineReport report = new EngineReport(List.of(
                new EngineReport.EngineResult("java", true, "", 20),
                new EngineReport.EngineResult("broken", false, "wrong sums", Double.NaN),
                new EngineReport.EngineResult("opencv", true, "", 9),
                new EngineReport.EngineResult("nd4j", true, "", 400)));
        assertThat(report.defaultEngine()).isEqualTo("opencv");
    }

    @Test
    void reportWithoutAnyPassingEngineFallsBackToTheReference() {
        EngineReport report = new EngineReport(List.of(new EngineReport.EngineResult("java", false, "wrong", Double.NaN)));
        assertThat(report.defaultEngine()).isEqualTo("reference");
    }
}
