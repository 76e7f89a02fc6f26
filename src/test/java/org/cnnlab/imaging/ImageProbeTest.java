package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ImageProbeTest {

    @Test
    void theHeaderGivesFormatSizeAndPagesWithoutDecoding() throws DecodeException {
        ImageHeader gif = ImageProbe.probe(TestImages.sample("moving-square.gif"));
        assertThat(gif).isEqualTo(new ImageHeader("GIF", 40, 40, 4));
        ImageHeader tiff = ImageProbe.probe(TestImages.sample("multipage.tif"));
        assertThat(tiff).isEqualTo(new ImageHeader("TIFF", 10, 15, 2));
    }

    @Test
    void aFormatWithoutMagicBytesIsRecognisedByTheReaderThatAcceptsIt() throws DecodeException {
        assertThat(ImageProbe.probe(TestImages.sample("chelsea.tga"))).isEqualTo(new ImageHeader("TGA", 451, 300, 1));
    }

    @Test
    void aHugeHeaderIsReadWithoutTouchingItsPixelData() throws DecodeException {
        ImageHeader header = ImageProbe.probe(TestImages.fixture("huge-header.png"));
        assertThat(header.width()).isEqualTo(20000);
        assertThat(header.height()).isEqualTo(20000);
        assertThat(header.megapixels()).isEqualTo(400.0);
    }

    @Test
    void aTextFileIsNotProbedAsAnImage() {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> ImageProbe.probe(TestImages.fixture("text-named.png")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.NOT_AN_IMAGE);
    }
}
