package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tiny cases worked out by hand. The row {@code 1 2 3} under the kernel {@code 1 10 100} with one
 * column of padding each side reads, at the left edge, {@code ? 1 2} and at the right {@code 2 3 ?}:
 * zero gives {@code 0·1+1·10+2·100 = 210}, replicate fills {@code ?} with the edge ({@code 211},
 * {@code 2+30+300 = 332}), reflect with the neighbour of the edge ({@code 2+10+200 = 212},
 * {@code 2+30+200 = 232}). The middle is {@code 1+20+300 = 321} in every mode.
 */
class BorderModeHandComputedTest {
    private static final FloatPlanes ROW = FloatPlanes.of2d(new float[][] {{1, 2, 3}});
    private static final FloatPlanes COLUMN = FloatPlanes.of2d(new float[][] {{1}, {2}, {3}});
    private static final Kernel ACROSS = Kernel.of(1, 3, 1, 10, 100);
    private static final Kernel DOWN = Kernel.of(3, 1, 1, 10, 100);

    private static float[] values(FloatPlanes map) {
        return map.data();
    }

    private static FloatPlanes run(String engine, FloatPlanes input, Kernel kernel, BorderMode border) {
        ConvGeometry same = new ConvGeometry(Padding.same(kernel.height(), kernel.width(), 1), border, 1, 1);
        return TestEngines.engine(engine).correlate(input, Filter.of(kernel), same);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void zeroBorderReadsZerosBeyondTheEdge(String engine) {
        assertThat(values(run(engine, ROW, ACROSS, BorderMode.ZERO))).containsExactly(new float[] {210, 321, 32}, offset(1e-4f));
        assertThat(values(run(engine, COLUMN, DOWN, BorderMode.ZERO))).containsExactly(new float[] {210, 321, 32}, offset(1e-4f));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void replicateBorderRepeatsTheEdgePixel(String engine) {
        assertThat(values(run(engine, ROW, ACROSS, BorderMode.REPLICATE))).containsExactly(new float[] {211, 321, 332}, offset(1e-4f));
        assertThat(values(run(engine, COLUMN, DOWN, BorderMode.REPLICATE))).containsExactly(new float[] {211, 321, 332}, offset(1e-4f));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void reflectBorderMirrorsWithoutRepeatingTheEdgePixel(String engine) {
        assertThat(values(run(engine, ROW, ACROSS, BorderMode.REFLECT))).containsExactly(new float[] {212, 321, 232}, offset(1e-4f));
        assertThat(values(run(engine, COLUMN, DOWN, BorderMode.REFLECT))).containsExactly(new float[] {212, 321, 232}, offset(1e-4f));
    }

    /**
     * Full padding (2 on each side) of {@code [[1,2,3],[4,5,6],[7,8,9]]} with a 3x3 box of ones:
     * the top-left window covers rows and columns -2..0. Replicate reads pixel (0,0) nine times
     * (9); reflect maps -2,-1,0 to 2,1,0 and so sums the whole image (45); zero sees only (0,0) (1).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void paddingWiderThanOnePixelFollowsTheBorderModeFurtherOut(String engine) {
        FloatPlanes image = FloatPlanes.of2d(new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Filter box = Filter.of(Kernel.of(3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        Convolver convolver = TestEngines.engine(engine);
        float zero = convolver.correlate(image, box, new ConvGeometry(Padding.full(3, 3, 1), BorderMode.ZERO, 1, 1)).get(0, 0, 0);
        float replicate = convolver.correlate(image, box, new ConvGeometry(Padding.full(3, 3, 1), BorderMode.REPLICATE, 1, 1)).get(0, 0, 0);
        float reflect = convolver.correlate(image, box, new ConvGeometry(Padding.full(3, 3, 1), BorderMode.REFLECT, 1, 1)).get(0, 0, 0);
        assertThat(zero).isCloseTo(1f, offset(1e-4f));
        assertThat(replicate).isCloseTo(9f, offset(1e-4f));
        assertThat(reflect).isCloseTo(45f, offset(1e-4f));
    }
}
