package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DecodersTest {

    @Test
    void theStandardDecodersAreImageIoTwelveMonkeysAndOpenCvInThatOrderAllGuarded() {
        assertThat(Decoders.standard()).extracting(ImageDecoder::id).containsExactly("imageio", "twelvemonkeys", "opencv");
        assertThat(Decoders.standard()).allMatch(d -> d instanceof GuardedDecoder);
    }

    @Test
    void aDecoderIsFoundByItsId() {
        assertThat(Decoders.byId("opencv")).map(ImageDecoder::displayName).contains("OpenCV imdecode");
        assertThat(Decoders.byId("nonsense")).isEmpty();
    }

    @Test
    void anExtraDecoderIsAddedGuardedAfterTheStandardOnes() {
        ImageDecoder extra = new ImageDecoder() {
            @Override
            public String id() {
                return "javafx";
            }

            @Override
            public String displayName() {
                return "JavaFX Image";
            }

            @Override
            public String description() {
                return "test stand-in";
            }

            @Override
            public DecodedImage decode(Path file, DecodeOptions options) {
                throw new UnsupportedOperationException("not used");
            }
        };
        Decoders set = Decoders.with(extra);
        assertThat(set.all()).extracting(ImageDecoder::id).containsExactly("imageio", "twelvemonkeys", "opencv", "javafx");
        assertThat(set.find("javafx")).get().isInstanceOf(GuardedDecoder.class);
    }
}
