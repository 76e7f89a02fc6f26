package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.cnnlab.imaging.ChannelOrder;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeException.Reason;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.SampleType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class JavaFxImageDecoderTest {
    private final JavaFxImageDecoder decoder = new JavaFxImageDecoder();

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void decodesAPngIntoFourArgbPlanesOfEightBitSamples() throws Exception {
        DecodedImage image = decoder.decode(TestImages.primaries(folder), DecodeOptions.defaults());

        assertThat(image.order()).isEqualTo(ChannelOrder.ARGB);
        assertThat(image.channels()).isEqualTo(4);
        assertThat(image.sampleType()).isEqualTo(SampleType.UINT8);
        assertThat(image.format()).isEqualTo("PNG");
        assertThat(image.width()).isEqualTo(4);
        assertThat(image.height()).isEqualTo(3);
        assertThat(image.decoder()).isEqualTo("JavaFX Image");
    }

    @Test
    void aPureRedPixelIsOpaqueAlphaThenRedInStorageOrder() throws Exception {
        DecodedImage image = decoder.decode(TestImages.primaries(folder), DecodeOptions.defaults());

        assertThat(new float[] {image.raw(0, 0, 0), image.raw(1, 0, 0), image.raw(2, 0, 0), image.raw(3, 0, 0)})
                .containsExactly(255f, 255f, 0f, 0f);
        assertThat(image.raw(3, 2, 0)).isEqualTo(255f);
        assertThat(image.raw(1, 0, 1)).isEqualTo(128f);
    }

    @Test
    void aTiffIsRefusedWithTheNameOfTheDecoderThatReadsIt() throws Exception {
        Path tiff = TestImages.ramp(folder, "ramp.tif", "tiff", 8, 8);

        assertThatThrownBy(() -> decoder.decode(tiff, DecodeOptions.defaults()))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("JavaFX's Image reads only BMP, GIF, JPEG and PNG")
                .hasMessageContaining("TwelveMonkeys decoder reads TIFF")
                .extracting(e -> ((DecodeException) e).reason()).isEqualTo(Reason.UNSUPPORTED_BY_DECODER);
    }

    @Test
    void theContentNotTheExtensionDecidesTheFormat() throws Exception {
        Path png = TestImages.primaries(folder);
        Path misnamed = java.nio.file.Files.copy(png, folder.resolve("really-a-png.jpg"));

        assertThat(decoder.decode(misnamed, DecodeOptions.defaults()).format()).isEqualTo("PNG");
    }

    @Test
    void aZeroByteFileIsRefusedAsEmpty() {
        Path empty = TestImages.empty(folder, "empty.png");

        assertThatThrownBy(() -> decoder.decode(empty, DecodeOptions.defaults()))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("empty (0 bytes)")
                .extracting(e -> ((DecodeException) e).reason()).isEqualTo(Reason.EMPTY_FILE);
    }

    @Test
    void aTextFileIsNotAnImage() {
        Path text = TestImages.text(folder, "notes.png");

        assertThatThrownBy(() -> decoder.decode(text, DecodeOptions.defaults()))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).reason()).isEqualTo(Reason.NOT_AN_IMAGE);
    }

    @Test
    void anImageOverTheMegapixelLimitIsRefusedBeforeDecoding() {
        Path big = TestImages.ramp(folder, "big.png", "png", 200, 100);
        DecodeOptions limit = DecodeOptions.defaults().withMaxMegapixels(0.005);

        assertThatThrownBy(() -> decoder.decode(big, limit))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("200 x 100")
                .extracting(e -> ((DecodeException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void downsamplingKeepsEveryNthPixelUnderTheLimit() throws Exception {
        Path big = TestImages.ramp(folder, "big.png", "png", 200, 100);
        DecodeOptions limit = DecodeOptions.defaults().withMaxMegapixels(0.005).withDownsample(true);

        DecodedImage image = decoder.decode(big, limit);

        assertThat(image.subsampling()).isEqualTo(2);
        assertThat(image.width()).isEqualTo(100);
        assertThat(image.height()).isEqualTo(50);
        assertThat(image.warnings()).anyMatch(w -> w.contains("Downsampled"));
    }

    @Test
    void aMissingFileIsReportedAsNotFound() {
        assertThatThrownBy(() -> decoder.decode(folder.resolve("gone.png"), DecodeOptions.defaults()))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }
}
