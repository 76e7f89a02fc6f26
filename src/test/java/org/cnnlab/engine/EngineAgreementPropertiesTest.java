package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every engine computes the same map as {@link ReferenceConvolver} (within 1e-4 of the map's
 * range, see {@link #toleranceFor}) for random images, kernels 1..11 (odd and even, not square), paddings, border modes,
 * strides 1–4, dilations 1–3 and biases.
 */
class EngineAgreementPropertiesTest {

    /** One random convolution problem, reproducible from its seed. */
    record Case(int channels, int height, int width, int kernelHeight, int kernelWidth, PaddingMode padding,
                int customPadding, BorderMode border, int stride, int dilation, long seed) {

        ConvGeometry geometry() {
            return new ConvGeometry(padding.resolve(kernelHeight, kernelWidth, dilation, customPadding), border, stride, dilation);
        }

        boolean fits() {
            ConvGeometry g = geometry();
            return g.outputHeight(height, kernelHeight) >= 1 && g.outputWidth(width, kernelWidth) >= 1;
        }

        FloatPlanes input() {
            Random random = new Random(seed);
            FloatPlanes planes = FloatPlanes.zeros(channels, height, width);
            for (int i = 0; i < planes.data().length; i++) {
                planes.data()[i] = random.nextFloat() * 255f;
            }
            return planes;
        }

        Filter filter() {
            Random random = new Random(~seed);
            List<Kernel> kernels = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                float[] w = new float[kernelHeight * kernelWidth];
                for (int i = 0; i < w.length; i++) {
                    w[i] = random.nextFloat() * 2f - 1f;
                }
                kernels.add(Kernel.of(kernelHeight, kernelWidth, w));
            }
            return new Filter(kernels, random.nextFloat() * 20f - 10f);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        Arbitraries.of(1, 3),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 11),
                        Arbitraries.integers().between(1, 11),
                        Arbitraries.of(PaddingMode.class),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of(BorderMode.class))
                .as((c, h, w, kh, kw, pad, p, border) -> new int[] {c, h, w, kh, kw, pad.ordinal(), p, border.ordinal()})
                .flatMap(a -> Combinators.combine(
                                Arbitraries.integers().between(1, ConvGeometry.MAX_STRIDE),
                                Arbitraries.integers().between(1, ConvGeometry.MAX_DILATION),
                                Arbitraries.longs())
                        .as((s, d, seed) -> new Case(a[0], a[1], a[2], a[3], a[4], PaddingMode.values()[a[5]], a[6],
                                BorderMode.values()[a[7]], s, d, seed)));
    }

    @Property(tries = 200)
    void javaEngineAgreesWithTheReference(@ForAll("cases") Case c) {
        assertAgrees("java", c);
    }

    @Property(tries = 150)
    void openCvEngineAgreesWithTheReference(@ForAll("cases") Case c) {
        assertAgrees("opencv", c);
    }

    @Property(tries = 100)
    void nd4jEngineAgreesWithTheReference(@ForAll("cases") Case c) {
        assertAgrees("nd4j", c);
    }

    /**
     * 1e-4 of the reference map's range; a one-pixel or flat map has no range, so there the scale
     * is its largest magnitude (float sums near 1000 differ from double ones by about 1e-4).
     */
    static double toleranceFor(FloatPlanes expected) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : expected.data()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return 1e-4 * Math.max(max - min, Math.max(Math.abs(min), Math.abs(max)));
    }

    private static void assertAgrees(String engine, Case c) {
        Assume.that(c.fits());
        FloatPlanes input = c.input();
        Filter filter = c.filter();
        FloatPlanes expected = new ReferenceConvolver().correlate(input, filter, c.geometry());
        FloatPlanes actual = TestEngines.engine(engine).correlate(input, filter, c.geometry());
        double tolerance = toleranceFor(expected);
        assertThat(actual.shapeText()).isEqualTo(expected.shapeText());
        for (int i = 0; i < expected.data().length; i++) {
            assertThat((double) actual.data()[i]).as("value %d of %s", i, c)
                    .isCloseTo(expected.data()[i], org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
