package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.cnnlab.engine.FloatPlanes;
import org.junit.jupiter.api.Test;

class ImageTensorsTest {

    private static DecodedImage image(ChannelOrder order, SampleType type, float... onePixel) {
        return new DecodedImage("test", "PNG", FloatPlanes.wrap(onePixel.length, 1, 1, onePixel), order, type, 0,
                List.of(), 0, 1, 1);
    }

    @Test
    void aPureRedPixelGivesRed255AndBlue0ForBothRgbAndBgrDecoders() throws DecodeException {
        for (String id : new String[] {"imageio", "twelvemonkeys", "opencv"}) {
            FloatPlanes rgb = ImageTensors.rgb255(TestImages.decode(id, TestImages.fixture("red.png")));
            assertThat(rgb.get(0, 0, 0)).as(id + " R").isEqualTo(255f);
            assertThat(rgb.get(1, 0, 0)).as(id + " G").isEqualTo(0f);
            assertThat(rgb.get(2, 0, 0)).as(id + " B").isEqualTo(0f);
        }
    }

    @Test
    void bgrAndArgbAreReorderedToRgb() {
        FloatPlanes fromBgr = ImageTensors.rgb255(image(ChannelOrder.BGR, SampleType.UINT8, 30, 20, 10));
        assertThat(fromBgr.data()).containsExactly(10, 20, 30);
        FloatPlanes fromArgb = ImageTensors.rgb255(image(ChannelOrder.ARGB, SampleType.UINT8, 128, 10, 20, 30));
        assertThat(fromArgb.data()).containsExactly(10, 20, 30);
    }

    @Test
    void sixteenBitAndFloatSamplesAreScaledTo255Units() {
        FloatPlanes sixteen = ImageTensors.rgb255(image(ChannelOrder.RGB, SampleType.UINT16, 65535, 32768, 0));
        assertThat(sixteen.get(0, 0, 0)).isCloseTo(255f, offset(1e-3f));
        assertThat(sixteen.get(1, 0, 0)).isCloseTo(127.502f, offset(1e-3f));
        FloatPlanes floats = ImageTensors.rgb255(image(ChannelOrder.RGB, SampleType.FLOAT32, 1f, 0.5f, 0f));
        assertThat(floats.get(1, 0, 0)).isCloseTo(127.5f, offset(1e-4f));
    }

    @Test
    void grayIsReplicatedAndAlphaDropped() {
        FloatPlanes rgb = ImageTensors.rgb255(image(ChannelOrder.GRAY_ALPHA, SampleType.UINT8, 77, 0));
        assertThat(rgb.data()).containsExactly(77, 77, 77);
    }

    @Test
    void grayOfAGrayImageKeepsItsValuesAndGrayOfColourUsesTheMethod() {
        assertThat(ImageTensors.gray255(image(ChannelOrder.GRAY, SampleType.UINT16, 65535), Grayscale.MEAN).get(0, 0, 0))
                .isCloseTo(255f, offset(1e-3f));
        // BGR (50, 100, 200) is R=200, G=100, B=50: luma 124.2
        assertThat(ImageTensors.gray255(image(ChannelOrder.BGR, SampleType.UINT8, 50, 100, 200), Grayscale.LUMA_601)
                .get(0, 0, 0)).isCloseTo(124.2f, offset(1e-4f));
    }

    @Test
    void argbIsOpaqueAndScaledDownFromSixteenBit() {
        int[] pixels = ImageTensors.argb(image(ChannelOrder.RGBA, SampleType.UINT16, 65535, 257, 0, 0));
        assertThat(pixels).containsExactly(0xFFFF0100);
    }
}
