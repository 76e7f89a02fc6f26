package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws every engine obeys: the output-size formula and the identity kernel. */
class ConvolutionPropertiesTest {

    /** Counts window positions one by one: starts 0, s, 2s, … while the window fits in n + 2p. */
    private static int countWindowStarts(int n, int p, int k, int s) {
        int count = 0;
        for (int start = 0; start + k <= n + 2 * p; start += s) {
            count++;
        }
        return count;
    }

    @Property(tries = 500)
    void outputSizeIsFloorOfNPlusTwoPMinusKOverSPlusOne(
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 0, max = 12) int p,
            @ForAll @IntRange(min = 1, max = 11) int k, @ForAll @IntRange(min = 1, max = 4) int s) {
        Assume.that(n + 2 * p >= k);
        int formula = Math.floorDiv(n + 2 * p - k, s) + 1;
        int size = ConvGeometry.outputSize(n, 2 * p, k, s, 1);
        assertThat(size).isEqualTo(formula).isEqualTo(countWindowStarts(n, p, k, s));
    }

    @Provide
    Arbitrary<String> engines() {
        return Arbitraries.of(TestEngines.ALL);
    }

    @Property(tries = 120)
    void everyEngineReturnsAMapWithOneValuePerWindowPosition(
            @ForAll("engines") String engine,
            @ForAll @IntRange(min = 1, max = 30) int height, @ForAll @IntRange(min = 1, max = 30) int width,
            @ForAll @IntRange(min = 0, max = 4) int p, @ForAll @IntRange(min = 1, max = 11) int k,
            @ForAll @IntRange(min = 1, max = 4) int s) {
        Assume.that(height + 2 * p >= k && width + 2 * p >= k);
        ConvGeometry g = new ConvGeometry(Padding.uniform(p), BorderMode.ZERO, s, 1);
        FloatPlanes map = TestEngines.engine(engine)
                .correlate(FloatPlanes.zeros(1, height, width), Filter.of(Kernel.zeros(k)), g);
        assertThat(map.height()).isEqualTo(countWindowStarts(height, p, k, s));
        assertThat(map.width()).isEqualTo(countWindowStarts(width, p, k, s));
    }

    @Property(tries = 120)
    void identityKernelWithSamePaddingReturnsTheInput(
            @ForAll("engines") String engine, @ForAll("oddSizes") int k,
            @ForAll @IntRange(min = 1, max = 40) int height, @ForAll @IntRange(min = 1, max = 40) int width,
            @ForAll BorderMode border, @ForAll long seed) {
        Random random = new Random(seed);
        FloatPlanes input = FloatPlanes.zeros(1, height, width);
        for (int i = 0; i < input.data().length; i++) {
            input.data()[i] = random.nextFloat() * 255f;
        }
        ConvGeometry same = new ConvGeometry(Padding.same(k, k, 1), border, 1, 1);
        FloatPlanes out = TestEngines.engine(engine).correlate(input, Filter.of(Kernel.identity(k)), same);
        assertThat(out.shapeText()).isEqualTo(input.shapeText());
        assertThat(out.data()).containsExactly(input.data(), offset(1e-3f));
    }

    @Provide
    Arbitrary<Integer> oddSizes() {
        return Arbitraries.of(1, 3, 5, 7, 9, 11);
    }
}
