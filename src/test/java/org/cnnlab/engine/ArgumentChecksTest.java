package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentChecksTest {
    private static final Kernel BOX = Kernel.of(3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void wrongOutputBufferShapeIsRejectedWithTheExpectedShape(String engine) {
        FloatPlanes input = FloatPlanes.zeros(1, 8, 8);
        FloatPlanes tooBig = FloatPlanes.zeros(1, 8, 8);
        assertThatThrownBy(() -> TestEngines.engine(engine).correlate(input, Filter.of(BOX), ConvGeometry.valid(), tooBig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output buffer is 8x8, expected 1x6x6");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void filterWithFewerKernelsThanInputChannelsIsRejected(String engine) {
        FloatPlanes rgb = FloatPlanes.zeros(3, 8, 8);
        FloatPlanes out = FloatPlanes.zeros(1, 6, 6);
        assertThatThrownBy(() -> TestEngines.engine(engine).correlate(rgb, Filter.of(BOX), ConvGeometry.valid(), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the filter has 1 kernel(s) but the input has 3 channel(s)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "nd4j", "opencv", "reference"})
    void kernelLargerThanThePaddedInputIsRejectedWithAdvice(String engine) {
        FloatPlanes small = FloatPlanes.zeros(1, 2, 2);
        Filter filter = new Filter(List.of(BOX), 0f);
        assertThatThrownBy(() -> TestEngines.engine(engine).correlate(small, filter, ConvGeometry.valid()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use more padding or a smaller kernel");
    }
}
