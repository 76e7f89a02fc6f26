package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JavaConvolverTest {
    private static final JavaConvolver PARALLEL = new JavaConvolver(4);

    /** Images large enough that the rows are split over several threads. */
    @ParameterizedTest(name = "{0}x{1} kernel, stride {2}, dilation {3}, {4} padding, {5} border")
    @CsvSource({
            "3, 3, 1, 1, same, zero",
            "4, 6, 1, 2, same, reflect",
            "5, 5, 2, 1, full, replicate",
            "11, 2, 3, 3, valid, reflect",
            "7, 7, 4, 1, custom, zero"})
    void rowsSplitOverThreadsGiveTheReferenceMap(int kh, int kw, int stride, int dilation, String padding, String border) {
        Random random = new Random(7);
        FloatPlanes input = EngineSelector.randomPlanes(3, 181, 243, random);
        Filter filter = new Filter(List.of(EngineSelector.randomKernel(kh, kw, random),
                EngineSelector.randomKernel(kh, kw, random), EngineSelector.randomKernel(kh, kw, random)), 3f);
        ConvGeometry g = new ConvGeometry(PaddingMode.fromId(padding).resolve(kh, kw, dilation, 2),
                BorderMode.fromId(border), stride, dilation);

        FloatPlanes expected = new ReferenceConvolver().correlate(input, filter, g);
        FloatPlanes actual = PARALLEL.correlate(input, filter, g);

        double worst = 0;
        for (int i = 0; i < expected.data().length; i++) {
            worst = Math.max(worst, Math.abs(actual.data()[i] - expected.data()[i]));
        }
        assertThat(actual.shapeText()).isEqualTo(expected.shapeText());
        assertThat(worst).isLessThanOrEqualTo(EngineAgreementPropertiesTest.toleranceFor(expected));
    }

    @Test
    void outputBufferIsFilledInPlaceAndOldContentsAreOverwritten() {
        FloatPlanes input = FloatPlanes.of2d(new float[][] {{1, 2}, {3, 4}});
        FloatPlanes out = FloatPlanes.of2d(new float[][] {{99}});
        PARALLEL.correlate(input, new Filter(List.of(Kernel.of(2, 2, 1, 1, 1, 1)), 0.5f), ConvGeometry.valid(), out);
        assertThat(out.get(0, 0, 0)).isEqualTo(10.5f);
    }

    @Test
    void zeroThreadsIsRejected() {
        assertThatThrownBy(() -> new JavaConvolver(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one thread");
    }
}
