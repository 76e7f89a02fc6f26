package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextbookExampleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void verticalEdgeKernelOnHalfBrightImageGivesFourRowsOfZeroThirtyThirtyZero(String engineName) {
        float[][] image = new float[6][6];
        for (float[] row : image) {
            Arrays.fill(row, 0, 3, 10f);
        }
        Kernel verticalEdge = Kernel.of(new float[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}});

        FloatPlanes map = TestEngines.engine(engineName)
                .correlate(FloatPlanes.of2d(image), Filter.of(verticalEdge), ConvGeometry.valid());

        assertThat(map.height()).isEqualTo(4);
        assertThat(map.width()).isEqualTo(4);
        for (int y = 0; y < 4; y++) {
            float[] row = {map.get(0, y, 0), map.get(0, y, 1), map.get(0, y, 2), map.get(0, y, 3)};
            assertThat(row).as("row %d", y).containsExactly(new float[] {0, 30, 30, 0}, org.assertj.core.data.Offset.offset(1e-5f));
        }
    }
}
