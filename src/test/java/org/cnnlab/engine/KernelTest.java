package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KernelTest {

    @Test
    void parseReadsRowsSeparatedBySemicolonsAndValuesByCommasOrSpaces() {
        Kernel k = Kernel.parse("1,0,-1; 2 0 -2\n1\t0\t-1");
        assertThat(k.rows()).isDeepEqualTo(new float[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    }

    @Test
    void parseRejectsTextWithTheRowAndColumnOfTheBadValue() {
        assertThatThrownBy(() -> Kernel.parse("1,0;x,1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'").hasMessageContaining("row 2").hasMessageContaining("column 1");
    }

    @Test
    void nonFiniteWeightsAreRefused() {
        assertThatThrownBy(() -> Kernel.of(1, 2, 1f, Float.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Kernel.of(1, 1, Float.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }

    @Test
    void sizesOutsideOneToElevenAreRefused() {
        assertThatThrownBy(() -> Kernel.zeros(12)).hasMessageContaining("11x11");
        assertThatThrownBy(() -> Kernel.of(0, 0)).hasMessageContaining("1x1");
    }

    @Test
    void normalisedDividesByTheSum() {
        Kernel k = Kernel.parse("1,2;3,4").normalised();
        assertThat(k.weights()).containsExactly(0.1f, 0.2f, 0.3f, 0.4f);
    }

    @Test
    void normalisingAZeroSumKernelExplainsWhyItCannot() {
        assertThatThrownBy(() -> KernelPreset.SOBEL_X.kernel().normalised()).hasMessageContaining("sum to 0");
    }

    @Test
    void flipsTransposeAndRotationMoveWeightsWhereExpected() {
        Kernel k = Kernel.parse("1,2,3;4,5,6");
        assertThat(k.flippedHorizontally().rows()).isDeepEqualTo(new float[][] {{3, 2, 1}, {6, 5, 4}});
        assertThat(k.flippedVertically().rows()).isDeepEqualTo(new float[][] {{4, 5, 6}, {1, 2, 3}});
        assertThat(k.transposed().rows()).isDeepEqualTo(new float[][] {{1, 4}, {2, 5}, {3, 6}});
        assertThat(k.rotatedClockwise().rows()).isDeepEqualTo(new float[][] {{4, 1}, {5, 2}, {6, 3}});
        assertThat(k.rotated180().rows()).isDeepEqualTo(new float[][] {{6, 5, 4}, {3, 2, 1}});
    }

    @Test
    void fourClockwiseRotationsGiveTheKernelBack() {
        Kernel k = Kernel.random(5, 7);
        assertThat(k.rotatedClockwise().rotatedClockwise().rotatedClockwise().rotatedClockwise()).isEqualTo(k);
    }

    @Test
    void randomKernelsAreReproducibleFromTheirSeed() {
        assertThat(Kernel.random(3, 42)).isEqualTo(Kernel.random(3, 42)).isNotEqualTo(Kernel.random(3, 43));
    }

    @Test
    void toStringRoundTripsThroughParse() {
        Kernel k = Kernel.parse("1,0.5,-1;2,0,-2.25;1,0,-1");
        assertThat(Kernel.parse(k.toString())).isEqualTo(k);
    }

    @Test
    void identityOfEvenSizePutsTheOneTopLeftOfCentre() {
        assertThat(Kernel.identity(4).get(1, 1)).isEqualTo(1f);
        assertThat(Kernel.identity(4).sum()).isEqualTo(1.0);
    }
}
