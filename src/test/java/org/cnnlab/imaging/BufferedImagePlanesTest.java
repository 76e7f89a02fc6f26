package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every common BufferedImage layout gives the same colour planes in R, G, B(, A) order. */
class BufferedImagePlanesTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void threeByteBgrIsReadInColourOrder() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, 0x102030);
        RawPlanes planes = BufferedImagePlanes.convert(image, warnings);
        assertThat(planes.order()).isEqualTo(ChannelOrder.RGB);
        assertThat(planes.samples().data()).containsExactly(0x10, 0x20, 0x30);
    }

    @Test
    void intArgbKeepsAlphaAsTheFourthPlane() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x80102030);
        RawPlanes planes = BufferedImagePlanes.convert(image, warnings);
        assertThat(planes.order()).isEqualTo(ChannelOrder.RGBA);
        assertThat(planes.samples().data()).containsExactly(0x10, 0x20, 0x30, 0x80);
    }

    @Test
    void ushortGrayStaysSixteenBit() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(0, 0, 0, 40000);
        image.getRaster().setSample(1, 0, 0, 300);
        RawPlanes planes = BufferedImagePlanes.convert(image, warnings);
        assertThat(planes.order()).isEqualTo(ChannelOrder.GRAY);
        assertThat(planes.sampleType()).isEqualTo(SampleType.UINT16);
        assertThat(planes.samples().data()).containsExactly(40000, 300);
    }

    @Test
    void grayWithAlphaBecomesTwoPlanes() {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(1, 1);
        raster.setPixel(0, 0, new int[] {90, 200});
        RawPlanes planes = BufferedImagePlanes.convert(new BufferedImage(model, raster, false, null), warnings);
        assertThat(planes.order()).isEqualTo(ChannelOrder.GRAY_ALPHA);
        assertThat(planes.samples().data()).containsExactly(90, 200);
    }

    @Test
    void paletteImagesAreExpandedThroughTheirPalette() {
        byte[] r = {0, (byte) 250};
        byte[] g = {0, 100};
        byte[] b = {0, 5};
        IndexColorModel palette = new IndexColorModel(1, 2, r, g, b);
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        image.getRaster().setSample(0, 0, 0, 1);
        RawPlanes planes = BufferedImagePlanes.convert(image, warnings);
        assertThat(planes.order()).isEqualTo(ChannelOrder.RGB);
        assertThat(planes.samples().data()).containsExactly(250, 100, 5);
    }

    @Test
    void packed565SamplesAreScaledToEightBit() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_565_RGB);
        image.getRaster().setPixel(0, 0, new int[] {31, 63, 0});
        RawPlanes planes = BufferedImagePlanes.convert(image, warnings);
        assertThat(planes.sampleType()).isEqualTo(SampleType.UINT8);
        assertThat(planes.samples().data()).containsExactly(255, 255, 0);
    }

    @Test
    void premultipliedAlphaIsUndoneSoColoursAreTheStraightValues() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        image.setRGB(0, 0, 0xFFC86432);
        RawPlanes planes = BufferedImagePlanes.convert(image, warnings);
        assertThat(planes.samples().data()).containsExactly(200, 100, 50, 255);
    }
}
