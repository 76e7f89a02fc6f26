package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import org.cnnlab.engine.FloatPlanes;
import org.junit.jupiter.api.Test;

class GrayscaleTest {

    /** One pixel (R, G, B) = (200, 100, 50). */
    private static FloatPlanes pixel(float r, float g, float b) {
        return FloatPlanes.wrap(3, 1, 1, new float[] {r, g, b});
    }

    @Test
    void lumaUsesTheRec601Weights() {
        // 0.299*200 + 0.587*100 + 0.114*50 = 59.8 + 58.7 + 5.7 = 124.2
        assertThat(Grayscale.LUMA_601.convert(pixel(200, 100, 50)).get(0, 0, 0)).isCloseTo(124.2f, offset(1e-4f));
    }

    @Test
    void bt709UsesTheHdtvWeights() {
        // 0.2126*200 + 0.7152*100 + 0.0722*50 = 42.52 + 71.52 + 3.61 = 117.65
        assertThat(Grayscale.BT709.convert(pixel(200, 100, 50)).get(0, 0, 0)).isCloseTo(117.65f, offset(1e-4f));
    }

    @Test
    void meanIsTheAverageOfTheThreeChannels() {
        assertThat(Grayscale.MEAN.convert(pixel(200, 100, 50)).get(0, 0, 0)).isCloseTo(350f / 3, offset(1e-4f));
    }

    @Test
    void pureGreenShowsTheLargestDisagreementBetweenMethods() {
        // 709 gives 0.7152*255 = 182.376, 601 gives 0.587*255 = 149.685: difference 32.691
        GrayscaleDifference d = Grayscale.difference(pixel(0, 255, 0), Grayscale.BT709, Grayscale.LUMA_601);
        assertThat(d.maxAbs()).isCloseTo(32.691, offset(1e-3));
        assertThat(d.difference().get(0, 0, 0)).isCloseTo(32.691f, offset(1e-3f));
    }

    @Property
    void everyMethodMapsAGrayPixelToItself(@ForAll @FloatRange(min = 0, max = 255) float v) {
        for (Grayscale method : Grayscale.values()) {
            assertThat(method.convert(pixel(v, v, v)).get(0, 0, 0)).isCloseTo(v, offset(1e-3f));
        }
    }
}
