package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.cnnlab.engine.FloatPlanes;
import org.junit.jupiter.api.Test;

class DecoderComparisonTest {

    /** A 2x1 image: a red pixel and a blue pixel, in the given order. */
    private static DecodedImage redAndBlue(ChannelOrder order) {
        float[] data = new float[6];
        FloatPlanes planes = FloatPlanes.wrap(3, 1, 2, data);
        planes.set(order.redIndex(), 0, 0, 255);
        planes.set(order.blueIndex(), 0, 1, 255);
        return new DecodedImage(order.label() + " decoder", "PNG", planes, order, SampleType.UINT8, 0, List.of(), 0, 1, 1);
    }

    @Test
    void aBgrRgbSwapShowsAsStoredButNotAligned() {
        ComparisonReport report = DecoderComparison.compare(redAndBlue(ChannelOrder.RGB), redAndBlue(ChannelOrder.BGR));

        assertThat(report.comparable()).isTrue();
        assertThat(report.asStored().maxAbs()).isEqualTo(1.0);
        assertThat(report.aligned().maxAbs()).isEqualTo(0.0);
        assertThat(report.differences()).anyMatch(l -> l.startsWith("channel order"));
        assertThat(report.differences()).anyMatch(l -> l.contains("only the channel order differs"));
        assertThat(report.heatmapAsStored().data()).containsExactly(1f, 1f);
        assertThat(report.heatmapAligned().data()).containsExactly(0f, 0f);
    }

    @Test
    void realOpenCvAndImageIoDecodesOfAPngDifferOnlyInOrder() throws DecodeException {
        DecodedImage rgb = TestImages.decode("twelvemonkeys", TestImages.sample("chelsea.png"));
        DecodedImage bgr = TestImages.decode("opencv", TestImages.sample("chelsea.png"));
        ComparisonReport report = DecoderComparison.compare(rgb, bgr);
        assertThat(report.aligned().maxAbs()).isEqualTo(0.0);
        assertThat(report.asStored().maxAbs()).isGreaterThan(0.3);
    }

    @Test
    void valuesAreComparedNormalisedSoEightAndSixteenBitAgree() {
        DecodedImage eight = new DecodedImage("a", "PNG", FloatPlanes.wrap(1, 1, 1, new float[] {255}), ChannelOrder.GRAY,
                SampleType.UINT8, 0, List.of(), 0, 1, 1);
        DecodedImage sixteen = new DecodedImage("b", "PNG", FloatPlanes.wrap(1, 1, 1, new float[] {65535}),
                ChannelOrder.GRAY, SampleType.UINT16, 0, List.of(), 0, 1, 1);
        ComparisonReport report = DecoderComparison.compare(eight, sixteen);
        assertThat(report.aligned().maxAbs()).isEqualTo(0.0);
        assertThat(report.differences()).anyMatch(l -> l.startsWith("sample type"));
    }

    @Test
    void meanAbsoluteDifferenceAveragesOverPixelsAndChannels() {
        DecodedImage a = new DecodedImage("a", "PNG", FloatPlanes.wrap(1, 1, 2, new float[] {0, 0}), ChannelOrder.GRAY,
                SampleType.UINT8, 0, List.of(), 0, 1, 1);
        DecodedImage b = new DecodedImage("b", "PNG", FloatPlanes.wrap(1, 1, 2, new float[] {51, 0}), ChannelOrder.GRAY,
                SampleType.UINT8, 0, List.of(), 0, 1, 1);
        ComparisonReport report = DecoderComparison.compare(a, b);
        assertThat(report.aligned().maxAbs()).isCloseTo(0.2, offset(1e-9));
        assertThat(report.aligned().meanAbs()).isCloseTo(0.1, offset(1e-9));
    }

    @Test
    void imagesOfDifferentSizesAreRefusedWithAMessage() {
        DecodedImage small = new DecodedImage("a", "PNG", FloatPlanes.zeros(1, 2, 2), ChannelOrder.GRAY, SampleType.UINT8,
                0, List.of(), 0, 1, 1);
        DecodedImage large = new DecodedImage("b", "PNG", FloatPlanes.zeros(1, 3, 2), ChannelOrder.GRAY, SampleType.UINT8,
                0, List.of(), 0, 1, 1);
        ComparisonReport report = DecoderComparison.compare(small, large);
        assertThat(report.comparable()).isFalse();
        assertThat(report.refusal()).contains("different sizes", "2x2", "2x3");
    }
}
