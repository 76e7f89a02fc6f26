package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConvolutionExplainerTest {

    @Test
    void textbookPixelIsWrittenOutAsTheSumOfNineProducts() {
        PixelExplanation e = ConvolutionExplainer.explain(FeatureMapPipelineTest.textbookImage(),
                Filter.of(KernelPreset.TEXTBOOK_VERTICAL_EDGE.kernel()), ConvGeometry.valid(), 0, 1);
        assertThat(e.total()).isEqualTo(30.0);
        assertThat(e.channels().get(0).terms()).hasSize(9);
        assertThat(e.formula(0)).isEqualTo("10·1 + 10·0 + 0·(-1) + 10·1 + 10·0 + 0·(-1) + 10·1 + 10·0 + 0·(-1) = 30");
        assertThat(e.inputWindow()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void tapsInTheZeroPaddingAreMarkedOutsideAndReadZero() {
        FloatPlanes ones = FloatPlanes.zeros(1, 3, 3);
        java.util.Arrays.fill(ones.data(), 1f);
        ConvGeometry same = new ConvGeometry(Padding.uniform(1), BorderMode.ZERO, 1, 1);
        PixelExplanation e = ConvolutionExplainer.explain(ones, Filter.of(KernelPreset.BOX_BLUR.kernel()), same, 0, 0);
        long outside = e.channels().get(0).terms().stream().filter(PixelExplanation.Term::outside).count();
        assertThat(outside).isEqualTo(5);
        assertThat(e.total()).isCloseTo(4.0 / 9.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void replicatePaddingReadsTheEdgePixelForOutsideTaps() {
        FloatPlanes ramp = FloatPlanes.of2d(new float[][] {{1, 2, 3}});
        ConvGeometry g = new ConvGeometry(new Padding(0, 0, 1, 1), BorderMode.REPLICATE, 1, 1);
        PixelExplanation e = ConvolutionExplainer.explain(ramp, Filter.of(Kernel.parse("1,1,1")), g, 0, 0);
        assertThat(e.total()).isEqualTo(1 + 1 + 2);
        assertThat(e.channels().get(0).terms().get(0).outside()).isTrue();
    }

    @Test
    void rgbExplanationHasOneSubtotalPerChannelAndAddsTheBias() {
        FloatPlanes rgb = FloatPlanes.zeros(3, 1, 1);
        rgb.set(0, 0, 0, 2);
        rgb.set(1, 0, 0, 3);
        rgb.set(2, 0, 0, 4);
        Filter f = new Filter(List.of(Kernel.of(1, 1, 1f), Kernel.of(1, 1, -1f), Kernel.of(1, 1, 0.5f)), 1f);
        PixelExplanation e = ConvolutionExplainer.explain(rgb, f, ConvGeometry.valid(), 0, 0);
        assertThat(e.channels()).extracting(PixelExplanation.ChannelTerms::subtotal).containsExactly(2.0, -3.0, 2.0);
        assertThat(e.total()).isEqualTo(2.0);
    }

    @Test
    void explanationTotalMatchesTheReferenceEngineWithStrideAndDilation() {
        FloatPlanes image = FloatPlanes.zeros(1, 9, 9);
        for (int i = 0; i < image.data().length; i++) {
            image.data()[i] = (i * 37 % 11) - 5;
        }
        Filter f = Filter.of(Kernel.random(3, 1));
        ConvGeometry g = new ConvGeometry(Padding.uniform(2), BorderMode.REFLECT, 2, 2);
        FloatPlanes out = new ReferenceConvolver().correlate(image, f, g);
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                assertThat(ConvolutionExplainer.explain(image, f, g, y, x).total())
                        .isCloseTo(out.get(0, y, x), org.assertj.core.data.Offset.offset(1e-4));
            }
        }
    }

    @Test
    void numbersAreWrittenWithoutTrailingZeros() {
        assertThat(PixelExplanation.number(30.0)).isEqualTo("30");
        assertThat(PixelExplanation.number(0.25)).isEqualTo("0.25");
        assertThat(PixelExplanation.number(-1.0 / 3)).isEqualTo("-0.3333");
    }
}
