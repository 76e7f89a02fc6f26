package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sample file per format, decoded by every decoder that should read it. Expected sizes and pixel
 * values come from ImageMagick ({@code convert FILE -crop 1x1+X+Y txt:-}), not from our code.
 */
class DecoderFormatTest {

    static Stream<Arguments> readableFormats() {
        return Stream.of(
                // file, decoder, format, width, height, order, type
                Arguments.of("china.jpg", "imageio", "JPEG", 640, 427, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("china.jpg", "twelvemonkeys", "JPEG", 640, 427, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("china.jpg", "opencv", "JPEG", 640, 427, ChannelOrder.BGR, SampleType.UINT8),
                Arguments.of("chelsea-progressive.jpg", "imageio", "JPEG", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea-progressive.jpg", "twelvemonkeys", "JPEG", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea-progressive.jpg", "opencv", "JPEG", 451, 300, ChannelOrder.BGR, SampleType.UINT8),
                Arguments.of("chelsea.png", "imageio", "PNG", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.png", "twelvemonkeys", "PNG", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.png", "opencv", "PNG", 451, 300, ChannelOrder.BGR, SampleType.UINT8),
                Arguments.of("coins.png", "imageio", "PNG", 384, 303, ChannelOrder.GRAY, SampleType.UINT8),
                Arguments.of("coins.png", "opencv", "PNG", 384, 303, ChannelOrder.GRAY, SampleType.UINT8),
                Arguments.of("palette_color.png", "imageio", "PNG", 10, 10, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("palette_color.png", "twelvemonkeys", "PNG", 10, 10, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("ramp-16bit-gray.png", "imageio", "PNG", 1024, 64, ChannelOrder.GRAY, SampleType.UINT16),
                Arguments.of("ramp-16bit-gray.png", "twelvemonkeys", "PNG", 1024, 64, ChannelOrder.GRAY, SampleType.UINT16),
                Arguments.of("ramp-16bit-gray.png", "opencv", "PNG", 1024, 64, ChannelOrder.GRAY, SampleType.UINT16),
                Arguments.of("ramp-16bit-rgb.png", "imageio", "PNG", 1024, 64, ChannelOrder.RGB, SampleType.UINT16),
                Arguments.of("ramp-16bit-rgb.png", "opencv", "PNG", 1024, 64, ChannelOrder.BGR, SampleType.UINT16),
                Arguments.of("moving-square.gif", "imageio", "GIF", 40, 40, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("moving-square.gif", "twelvemonkeys", "GIF", 40, 40, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.bmp", "imageio", "BMP", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.bmp", "twelvemonkeys", "BMP", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.bmp", "opencv", "BMP", 451, 300, ChannelOrder.BGR, SampleType.UINT8),
                Arguments.of("chessboard_GRAY_U16.tif", "imageio", "TIFF", 200, 200, ChannelOrder.GRAY, SampleType.UINT16),
                Arguments.of("chessboard_GRAY_U16.tif", "twelvemonkeys", "TIFF", 200, 200, ChannelOrder.GRAY, SampleType.UINT16),
                Arguments.of("chessboard_GRAY_U16.tif", "opencv", "TIFF", 200, 200, ChannelOrder.GRAY, SampleType.UINT16),
                Arguments.of("chelsea.webp", "twelvemonkeys", "WebP", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.webp", "opencv", "WebP", 451, 300, ChannelOrder.BGR, SampleType.UINT8),
                Arguments.of("chelsea.psd", "twelvemonkeys", "PSD", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.ppm", "twelvemonkeys", "PNM", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.ppm", "opencv", "PNM", 451, 300, ChannelOrder.BGR, SampleType.UINT8),
                Arguments.of("coins.pgm", "twelvemonkeys", "PNM", 384, 303, ChannelOrder.GRAY, SampleType.UINT8),
                Arguments.of("chelsea.tga", "twelvemonkeys", "TGA", 451, 300, ChannelOrder.RGB, SampleType.UINT8),
                Arguments.of("chelsea.ico", "twelvemonkeys", "ICO", 48, 48, ChannelOrder.RGBA, SampleType.UINT8),
                Arguments.of("chelsea-small.hdr", "twelvemonkeys", "HDR", 226, 150, ChannelOrder.RGB, SampleType.FLOAT32),
                Arguments.of("chelsea-small.hdr", "opencv", "HDR", 226, 150, ChannelOrder.BGR, SampleType.FLOAT32),
                Arguments.of("shapes.svg", "twelvemonkeys", "SVG", 120, 80, ChannelOrder.RGBA, SampleType.UINT8));
    }

    @ParameterizedTest(name = "{1} reads {0}")
    @MethodSource("readableFormats")
    void eachDecoderReadsTheFormatsItSupportsWithTheRightShapeOrderAndType(String file, String decoderId, String format,
            int width, int height, ChannelOrder order, SampleType type) throws DecodeException {
        DecodedImage image = TestImages.decode(decoderId, TestImages.sample(file));

        assertThat(image.format()).isEqualTo(format);
        assertThat(image.width()).isEqualTo(width);
        assertThat(image.height()).isEqualTo(height);
        assertThat(image.order()).isEqualTo(order);
        assertThat(image.channels()).isEqualTo(order.channels());
        assertThat(image.sampleType()).isEqualTo(type);
        float top = type == SampleType.FLOAT32 ? Float.MAX_VALUE : (float) type.fullScale();
        for (float v : image.samples().data()) {
            assertThat(v).isBetween(0f, top);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("photoPixels")
    void everyDecoderFindsTheColourImageMagickReports(String file, int x, int y, int r, int g, int b, int tolerance)
            throws DecodeException {
        for (String id : new String[] {"imageio", "twelvemonkeys", "opencv"}) {
            DecodedImage image = TestImages.decode(id, TestImages.sample(file));
            ChannelOrder o = image.order();
            assertThat(image.raw(o.redIndex(), x, y)).as(id + " red").isCloseTo(r, org.assertj.core.data.Offset.offset((float) tolerance));
            assertThat(image.raw(o.greenIndex(), x, y)).as(id + " green").isCloseTo(g, org.assertj.core.data.Offset.offset((float) tolerance));
            assertThat(image.raw(o.blueIndex(), x, y)).as(id + " blue").isCloseTo(b, org.assertj.core.data.Offset.offset((float) tolerance));
        }
    }

    static Stream<Arguments> photoPixels() {
        return Stream.of(
                Arguments.of("chelsea.png", 100, 50, 120, 84, 52, 0),
                Arguments.of("china.jpg", 100, 50, 187, 213, 240, 2),
                Arguments.of("coins.png", 10, 10, 127, 127, 127, 0));
    }

    @Test
    void sixteenBitPngKeepsValuesAboveTwoHundredFiftyFive() throws DecodeException {
        for (String id : new String[] {"imageio", "twelvemonkeys", "opencv"}) {
            DecodedImage ramp = TestImages.decode(id, TestImages.sample("ramp-16bit-rgb.png"));
            ChannelOrder o = ramp.order();
            assertThat(ramp.raw(o.redIndex(), 1023, 0)).as(id).isEqualTo(65535f);
            assertThat(ramp.raw(o.greenIndex(), 1023, 0)).as(id).isEqualTo(32768f);
            assertThat(ramp.raw(o.blueIndex(), 1023, 0)).as(id).isEqualTo(8192f);
            assertThat(ramp.raw(o.redIndex(), 512, 0)).as(id).isEqualTo(32800f);
            assertThat(ramp.normalised(o.redIndex(), 1023, 0)).isEqualTo(1.0);
        }
    }

    @Test
    void sixteenBitGrayTiffKeepsItsRawSixteenBitValues() throws DecodeException {
        for (String id : new String[] {"imageio", "twelvemonkeys", "opencv"}) {
            DecodedImage board = TestImages.decode(id, TestImages.sample("chessboard_GRAY_U16.tif"));
            assertThat(board.raw(0, 0, 0)).as(id).isEqualTo(255f);
            assertThat(board.normalised(0, 0, 0)).as(id).isCloseTo(255 / 65535.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void textbookImageHoldsTenInTheLeftThreeColumnsAndZeroInTheRightThree() throws DecodeException {
        DecodedImage image = TestImages.decode("twelvemonkeys", TestImages.sample("textbook-6x6.png"));
        assertThat(image.order()).isEqualTo(ChannelOrder.GRAY);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                assertThat(image.raw(0, x, y)).isEqualTo(x < 3 ? 10f : 0f);
            }
        }
    }

    @Test
    void openCvStoresARedPixelAsBlueGreenRed() throws DecodeException {
        DecodedImage image = TestImages.decode("opencv", TestImages.fixture("red.png"));
        assertThat(image.order()).isEqualTo(ChannelOrder.BGR);
        assertThat(image.raw(0, 0, 0)).isEqualTo(0f);
        assertThat(image.raw(2, 0, 0)).isEqualTo(255f);
    }

    @Test
    void svgIsRenderedAtItsDeclaredSizeWithItsColours() throws DecodeException {
        DecodedImage image = TestImages.decode("twelvemonkeys", TestImages.sample("shapes.svg"));
        assertThat(image.raw(0, 20, 20)).isEqualTo(0f);
        assertThat(image.raw(1, 20, 20)).isEqualTo(0x72);
        assertThat(image.raw(2, 20, 20)).isEqualTo(0xb2);
    }

    @Test
    void multiPageTiffDecodesTheChosenPage() throws DecodeException {
        Path file = TestImages.sample("multipage.tif");
        for (String id : new String[] {"imageio", "twelvemonkeys", "opencv"}) {
            ImageDecoder decoder = TestImages.decoder(id);
            DecodedImage first = decoder.decode(file, DecodeOptions.defaults());
            DecodedImage second = decoder.decode(file, DecodeOptions.defaults().withPage(1));
            assertThat(first.pageCount()).as(id).isEqualTo(2);
            assertThat(second.page()).as(id).isEqualTo(1);
            assertThat(first.raw(0, 0, 0)).as(id).isEqualTo(0f);
            assertThat(second.raw(0, 0, 0)).as(id).isEqualTo(77f);
        }
    }

    @Test
    void animatedGifFramesShowTheSquareMoving() throws DecodeException {
        Path file = TestImages.sample("moving-square.gif");
        ImageDecoder decoder = TestImages.decoder("twelvemonkeys");
        DecodedImage first = decoder.decode(file, DecodeOptions.defaults());
        DecodedImage third = decoder.decode(file, DecodeOptions.defaults().withPage(2));
        assertThat(first.pageCount()).isEqualTo(4);
        assertThat(first.raw(1, 20, 20)).isEqualTo(255f);
        assertThat(third.raw(0, 20, 20)).isEqualTo(0xd6);
        assertThat(third.raw(1, 20, 20)).isEqualTo(0x27);
    }

    @Test
    void aPageBeyondTheLastIsRefusedWithThePageCount() {
        assertThatThrownBy(() -> TestImages.decoder("twelvemonkeys").decode(TestImages.sample("multipage.tif"),
                DecodeOptions.defaults().withPage(5)))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("page 6 does not exist")
                .hasMessageContaining("2 pages");
    }

    @Test
    void cmykJpegIsDecodedCloseToTheSourceByTwelveMonkeysButNotByTheJdk() throws DecodeException {
        DecodedImage source = TestImages.decode("twelvemonkeys", TestImages.sample("chelsea.png"));
        DecodedImage twelveMonkeys = TestImages.decode("twelvemonkeys", TestImages.sample("chelsea-cmyk.jpg"));
        ComparisonReport good = DecoderComparison.compare(source, twelveMonkeys);
        assertThat(good.aligned().meanAbs()).isLessThan(0.05);

        DecodedImage jdk;
        try {
            jdk = TestImages.decode("imageio", TestImages.sample("chelsea-cmyk.jpg"));
        } catch (DecodeException refused) {
            assertThat(refused.getMessage()).containsIgnoringCase("TwelveMonkeys");
            return;
        }
        ComparisonReport bad = DecoderComparison.compare(twelveMonkeys, jdk);
        assertThat(bad.aligned().meanAbs()).isGreaterThan(0.1);
        assertThat(bad.differences()).anyMatch(line -> line.contains("colours really differ"));
        assertThat(jdk.warnings()).anyMatch(w -> w.contains("TwelveMonkeys"));
    }

    @Test
    void twelveMonkeysToneMapsHdrRadianceWhileOpenCvKeepsItRaw() throws DecodeException {
        DecodedImage tm = TestImages.decode("twelvemonkeys", TestImages.sample("chelsea-small.hdr"));
        DecodedImage cv = TestImages.decode("opencv", TestImages.sample("chelsea-small.hdr"));
        assertThat(tm.warnings()).anyMatch(w -> w.contains("v / (v + 0.1)"));
        for (int[] xy : new int[][] {{10, 10}, {100, 70}, {200, 140}}) {
            for (int colour = 0; colour < 3; colour++) {
                int tmIndex = new int[] {tm.order().redIndex(), tm.order().greenIndex(), tm.order().blueIndex()}[colour];
                int cvIndex = new int[] {cv.order().redIndex(), cv.order().greenIndex(), cv.order().blueIndex()}[colour];
                float radiance = cv.raw(cvIndex, xy[0], xy[1]);
                assertThat(tm.raw(tmIndex, xy[0], xy[1])).isCloseTo(radiance / (radiance + 0.1f),
                        org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
    }
}
