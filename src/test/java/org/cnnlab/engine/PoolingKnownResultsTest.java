package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Pooling of one 4x4 map, every expected value worked out by hand in the comments. */
class PoolingKnownResultsTest {
    private static final FloatPlanes MAP = FloatPlanes.of2d(new float[][] {
            {1, 3, 2, 4},
            {5, 6, 1, 2},
            {7, 2, 9, 1},
            {3, 8, 4, 0}});

    @Test
    void maxPoolKeepsTheLargestValueOfEachTwoByTwoWindow() {
        // windows {1,3,5,6} {2,4,1,2} {7,2,3,8} {9,1,4,0}
        FloatPlanes pooled = Pooling.of(PoolingType.MAX, 2).apply(MAP);
        assertThat(pooled.shapeText()).isEqualTo("2x2");
        assertThat(pooled.data()).containsExactly(6, 4, 8, 9);
    }

    @Test
    void averagePoolKeepsTheMeanOfEachTwoByTwoWindow() {
        // 15/4, 9/4, 20/4, 14/4
        FloatPlanes pooled = Pooling.of(PoolingType.AVERAGE, 2).apply(MAP);
        assertThat(pooled.data()).containsExactly(new float[] {3.75f, 2.25f, 5f, 3.5f}, offset(1e-6f));
    }

    @Test
    void overlappingThreeByThreeAveragePoolWithStrideOneAveragesEachWindow() {
        // window sums 36, 30, 45, 33 over 9 values
        FloatPlanes pooled = new Pooling(PoolingType.AVERAGE, 3, 1).apply(MAP);
        assertThat(pooled.shapeText()).isEqualTo("2x2");
        assertThat(pooled.data()).containsExactly(new float[] {4f, 30f / 9, 5f, 33f / 9}, offset(1e-5f));
    }

    @Test
    void maxPoolWithStrideThreeDropsTheLeftoverRowsAndColumns() {
        // floor((4 - 2) / 3) + 1 = 1 window: {1,3,5,6}
        FloatPlanes pooled = new Pooling(PoolingType.MAX, 2, 3).apply(MAP);
        assertThat(pooled.data()).containsExactly(6);
    }
}
