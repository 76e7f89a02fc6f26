package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import org.cnnlab.engine.FloatPlanes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per kind of bad input; every standard decoder must answer with a DecodeException, never crash. */
class GuardedDecoderTest {

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void aMissingFileSaysItIsGone(String id, @TempDir Path dir) {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode(id, dir.resolve("nothing-here.png")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.NOT_FOUND);
        assertThat(e.getMessage()).contains("no file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void aZeroByteFileSaysItIsEmpty(String id) {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode(id, TestImages.fixture("empty.png")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.EMPTY_FILE);
        assertThat(e.getMessage()).contains("this file is empty (0 bytes)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void aTextFileNamedPngSaysItIsText(String id) {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode(id, TestImages.fixture("text-named.png")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.NOT_AN_IMAGE);
        assertThat(e.getMessage()).contains("this is a text file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void bytesOfNoKnownFormatAreRefusedAsNotAnImage(String id, @TempDir Path dir) throws java.io.IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(42).nextBytes(noise);
        noise[0] = 0x01;
        Path file = java.nio.file.Files.write(dir.resolve("noise.jpg"), noise);
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> TestImages.decode(id, file));
        assertThat(e.reason()).isIn(DecodeException.Reason.NOT_AN_IMAGE, DecodeException.Reason.UNSUPPORTED_BY_DECODER);
        assertThat(e.getMessage()).isNotBlank();
    }

    @Test
    void aPdfNamedJpgSaysItIsAPdf() {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode("twelvemonkeys", TestImages.fixture("pdf-named.jpg")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.NOT_AN_IMAGE);
        assertThat(e.getMessage()).contains("this is a PDF document");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void theContentDecidesTheFormatAndAWrongExtensionIsWarnedAbout(String id) throws DecodeException {
        DecodedImage image = TestImages.decode(id, TestImages.fixture("jpeg-named.png"));
        assertThat(image.format()).isEqualTo("JPEG");
        assertThat(image.width()).isEqualTo(40);
        assertThat(image.warnings()).contains("the file is named .png but holds a JPEG; CNN Lab decoded it as JPEG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void aHugeHeaderIsRefusedQuicklyBeforeAnyPixelIsAllocated(String id) {
        long start = System.nanoTime();
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode(id, TestImages.fixture("huge-header.png")));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(e.reason()).isEqualTo(DecodeException.Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("20000x20000 = 400 MP", "over the 40 MP limit", "every 4th pixel");
        assertThat(millis).isLessThan(2000);
    }

    @Test
    void aHugeImageIsDecodedWithSubsamplingWhenDownsamplingIsAllowed() throws DecodeException {
        DecodeOptions options = DecodeOptions.defaults().withMaxMegapixels(1).withDownsample(true);
        DecodedImage image = TestImages.decoder("twelvemonkeys").decode(TestImages.fixture("huge-1bit.png"), options);

        assertThat(image.subsampling()).isEqualTo(20);
        assertThat(image.width()).isEqualTo(1000);
        assertThat(image.height()).isEqualTo(1000);
        assertThat(image.raw(0, 999, 999)).isEqualTo(0f);
        assertThat(image.warnings()).anyMatch(w -> w.contains("every 20th pixel"));
    }

    @Test
    void openCvDownsamplesByItsOwnReducedReadWhenAllowed() throws DecodeException {
        DecodeOptions options = DecodeOptions.defaults().withMaxMegapixels(0.1).withDownsample(true);
        DecodedImage image = TestImages.decoder("opencv").decode(TestImages.sample("china.jpg"), options);
        assertThat(image.subsampling()).isEqualTo(2);
        assertThat(image.width()).isEqualTo(320);
        assertThat(image.order()).isEqualTo(ChannelOrder.BGR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void aTruncatedJpegDecodesWithAWarningThatTheBottomIsMissing(String id) throws DecodeException {
        DecodedImage image = TestImages.decode(id, TestImages.fixture("truncated.jpg"));
        assertThat(image.width()).isEqualTo(160);
        assertThat(image.height()).isEqualTo(107);
        assertThat(image.warnings()).contains("the file ends early: the bottom of the image is missing (shown gray)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imageio", "twelvemonkeys", "opencv"})
    void aCorruptPngGivesAClearCorruptError(String id) {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode(id, TestImages.fixture("corrupt.png")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.CORRUPT);
        assertThat(e.getMessage()).contains("corrupt.png").containsIgnoringCase("damaged");
    }

    @Test
    void theJdkDecoderRefusesWebpAndNamesTheDecodersThatReadIt() {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode("imageio", TestImages.sample("chelsea.webp")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.UNSUPPORTED_BY_DECODER);
        assertThat(e.getMessage()).isEqualTo(
                "the JDK's ImageIO has no reader for WebP; the TwelveMonkeys and OpenCV decoders read it");
    }

    @Test
    void openCvRefusesGifAndNamesTheImageIoDecoders() {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode("opencv", TestImages.sample("moving-square.gif")));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.UNSUPPORTED_BY_DECODER);
        assertThat(e.getMessage()).contains("OpenCV decoder has no reader for GIF", "JDK ImageIO and TwelveMonkeys");
    }

    @Test
    void theJdkDecoderRefusesTgaWhichHasNoMagicNumber() {
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> TestImages.decode("imageio", TestImages.sample("chelsea.tga")));
        assertThat(e.getMessage()).isEqualTo("the JDK's ImageIO has no reader for TGA; the TwelveMonkeys decoder reads it");
    }

    @Test
    void aDecodeThatTakesTooLongIsAbandonedWithATimeout() {
        ImageDecoder slow = GuardedDecoder.guard(new SleepingDecoder());
        DecodeOptions options = new DecodeOptions(0, 40, false, Duration.ofMillis(200));
        long start = System.nanoTime();
        DecodeException e = catchThrowableOfType(DecodeException.class,
                () -> slow.decode(TestImages.fixture("red.png"), options));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("took longer than 200 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    }

    @Test
    void runtimeExceptionsAndOutOfMemoryBecomeDecodeExceptions() {
        ImageDecoder broken = GuardedDecoder.guard(new ThrowingDecoder(new IllegalStateException("boom")));
        assertThatThrownBy(() -> broken.decode(TestImages.fixture("red.png"), DecodeOptions.defaults()))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.CORRUPT));
        ImageDecoder hungry = GuardedDecoder.guard(new ThrowingDecoder(new OutOfMemoryError("Java heap space")));
        assertThatThrownBy(() -> hungry.decode(TestImages.fixture("red.png"), DecodeOptions.defaults()))
                .isInstanceOfSatisfying(DecodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DecodeException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("not enough memory");
                });
    }

    /** Stands in for a decoder stuck on a pathological file. */
    private static final class SleepingDecoder implements ImageDecoder {
        @Override
        public String id() {
            return "sleepy";
        }

        @Override
        public String displayName() {
            return "Sleepy";
        }

        @Override
        public String description() {
            return "sleeps instead of decoding";
        }

        @Override
        public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new DecodedImage("Sleepy", "PNG", FloatPlanes.zeros(1, 1, 1), ChannelOrder.GRAY, SampleType.UINT8,
                    0, java.util.List.of(), 0, 1, 1);
        }
    }

    private static final class ThrowingDecoder implements ImageDecoder {
        private final Throwable error;

        ThrowingDecoder(Throwable error) {
            this.error = error;
        }

        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public String displayName() {
            return "Throwing";
        }

        @Override
        public String description() {
            return "throws";
        }

        @Override
        public DecodedImage decode(Path file, DecodeOptions options) {
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) error;
        }
    }
}
