package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeException.Reason;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.Grayscale;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ImageLabViewModelTest {
    @TempDir
    Path folder;

    private ImageLabViewModel viewModel;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (viewModel != null) {
            viewModel.close();
        }
        fxThread.shutdownNow();
    }

    /** Stands in for the FX thread: one thread, so results are applied one at a time as in the app. */
    private final ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));

    /** Real decode threads (a hanging decoder must not block the test), results applied on {@link #fxThread}. */
    private DaemonTaskExecutor decodeThreads() {
        return new DaemonTaskExecutor("test-decode", DaemonTaskExecutor.UNBOUNDED, fxThread);
    }

    private ImageLabViewModel create(ImageDecoder... decoders) {
        viewModel = new ImageLabViewModel(List.of(decoders), decodeThreads(), DecodeOptions.defaults());
        return viewModel;
    }

    private static String row(ImageLabViewModel vm, String property) {
        return vm.metadata().stream().filter(r -> r.property().equals(property)).findFirst()
                .map(MetadataRow::value).orElseThrow(() -> new AssertionError("no row " + property));
    }

    @Test
    void openingAPngWithJavaFxFillsTheMetadataTable() {
        ImageLabViewModel vm = create(new JavaFxImageDecoder());

        vm.open(TestImages.primaries(folder)).join();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(row(vm, "width")).isEqualTo("4 px");
        assertThat(row(vm, "height")).isEqualTo("3 px");
        assertThat(row(vm, "channels")).isEqualTo("4");
        assertThat(row(vm, "channel order")).isEqualTo("ARGB (A, R, G, B)");
        assertThat(row(vm, "sample type")).isEqualTo("8-bit unsigned");
        assertThat(row(vm, "value range")).isEqualTo("0–255 observed, 0–255 nominal");
        assertThat(row(vm, "format")).isEqualTo("PNG");
        assertThat(row(vm, "pages")).isEqualTo("1");
    }

    @Test
    void theTextbookImageRangeIsZeroToTenPlusOpaqueAlpha() {
        ImageLabViewModel vm = create(new JavaFxImageDecoder());

        vm.open(TestImages.textbook(folder)).join();

        DecodedImage image = vm.image();
        assertThat(image.raw(1, 0, 0)).isEqualTo(10f);
        assertThat(image.raw(1, 5, 5)).isEqualTo(0f);
        assertThat(row(vm, "value range")).startsWith("0–255 observed");
    }

    @Test
    void thePixelInspectorGivesRawAndNormalisedValuesInTheDecodersOrder() {
        ImageLabViewModel vm = create(new JavaFxImageDecoder());
        vm.open(TestImages.primaries(folder)).join();

        PixelInspection red = vm.inspect(0, 0);
        PixelInspection gray = vm.inspect(2, 1);

        assertThat(red.channels()).extracting(PixelInspection.Channel::name).containsExactly("A", "R", "G", "B");
        assertThat(red.channels()).extracting(PixelInspection.Channel::raw).containsExactly(255f, 255f, 0f, 0f);
        assertThat(red.channels()).extracting(PixelInspection.Channel::normalised).containsExactly(1.0, 1.0, 0.0, 0.0);
        assertThat(red.text()).isEqualTo("x 0, y 0 · A 255 (1.000) · R 255 (1.000) · G 0 (0.000) · B 0 (0.000)");
        assertThat(gray.channels().get(1).normalised()).isEqualTo(128 / 255.0);
        assertThat(vm.inspect(4, 0)).isNull();
        assertThat(vm.inspect(-1, 0)).isNull();
    }

    @Test
    void aZeroByteFileGivesAHumanMessageAndNoImage() {
        ImageLabViewModel vm = create(new JavaFxImageDecoder());

        vm.open(TestImages.empty(folder, "nothing.png")).join();

        assertThat(vm.image()).isNull();
        assertThat(vm.errorReasonProperty().get()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(vm.errorProperty().get()).startsWith("This file is empty (0 bytes)").contains("nothing.png");
        assertThat(vm.downsampleOffered()).isFalse();
    }

    @Test
    void aTooLargeImageIsRefusedWithAnOfferToDownsampleThatWorks() {
        viewModel = new ImageLabViewModel(List.of(new JavaFxImageDecoder()), decodeThreads(),
                DecodeOptions.defaults().withMaxMegapixels(0.005));
        viewModel.open(TestImages.ramp(folder, "big.png", "png", 200, 100)).join();

        assertThat(viewModel.downsampleOffered()).isTrue();
        assertThat(viewModel.errorProperty().get()).contains("200 x 100");

        viewModel.downsampleAndOpen().join();

        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.image().width()).isEqualTo(100);
        assertThat(row(viewModel, "downsampled")).isEqualTo("one pixel in 2 along each axis");
    }

    @Test
    void aDecoderThatHangsIsAbandonedAfterTheTimeout() {
        ImageDecoder hanging = new NamedDecoder("hang") {
            @Override
            public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new DecodeException(Reason.CORRUPT, "never reached");
            }
        };
        viewModel = new ImageLabViewModel(List.of(hanging), decodeThreads(),
                new DecodeOptions(0, 40, false, Duration.ofMillis(200)));

        viewModel.open(TestImages.primaries(folder)).join();

        assertThat(viewModel.errorReasonProperty().get()).isEqualTo(Reason.TIMEOUT);
        assertThat(viewModel.errorProperty().get()).contains("took too long");
    }

    @Test
    void anUnexpectedRuntimeExceptionBecomesAMessageNotACrash() {
        ImageDecoder broken = new NamedDecoder("broken") {
            @Override
            public DecodedImage decode(Path file, DecodeOptions options) {
                throw new ArrayIndexOutOfBoundsException(7);
            }
        };
        ImageLabViewModel vm = create(broken);

        vm.open(TestImages.primaries(folder)).join();

        assertThat(vm.errorProperty().get()).contains("The decoder failed on this file").doesNotContain("at org.");
    }

    @Test
    void aNewerRequestOverridesAnOlderSlowerOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ImageDecoder slow = new NamedDecoder("slow") {
            @Override
            public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new DecodeException(Reason.CORRUPT, "slow result");
            }
        };
        JavaFxImageDecoder fast = new JavaFxImageDecoder();
        ImageLabViewModel vm = create(slow, fast);
        Path file = TestImages.primaries(folder);

        var first = vm.open(file);
        vm.decoderProperty().set(fast);
        vm.pending().join();
        release.countDown();
        first.join();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.image().decoder()).isEqualTo("JavaFX Image");
    }

    @Test
    void sendingToTheSandboxHandsOverTheCurrentImage() {
        ImageLabViewModel vm = create(new JavaFxImageDecoder());
        AtomicReference<DecodedImage> received = new AtomicReference<>();
        vm.sendToSandboxProperty().set(received::set);
        vm.open(TestImages.primaries(folder)).join();

        vm.sendToSandbox();

        assertThat(received.get()).isSameAs(vm.image());
    }

    private static ImageDecoder standard(String id) {
        return Decoders.byId(id).orElseThrow();
    }

    @Test
    void openCvGivesThreeChannelsInBgrOrderAndThePixelInspectorFollowsIt() {
        ImageLabViewModel vm = create(standard("opencv"));

        vm.open(TestImages.primaries(folder)).join();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(row(vm, "channels")).isEqualTo("3");
        assertThat(row(vm, "channel order")).isEqualTo("BGR (B, G, R)");
        PixelInspection red = vm.inspect(0, 0);
        assertThat(red.channels()).extracting(PixelInspection.Channel::name).containsExactly("B", "G", "R");
        assertThat(red.channels()).extracting(PixelInspection.Channel::raw).containsExactly(0f, 0f, 255f);
        assertThat(red.channels()).extracting(PixelInspection.Channel::normalised).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void twelveMonkeysGivesThreeChannelsInRgbOrderForAnRgbPng() {
        ImageLabViewModel vm = create(standard("twelvemonkeys"));

        vm.open(TestImages.primaries(folder)).join();

        assertThat(row(vm, "channel order")).isEqualTo("RGB (R, G, B)");
        assertThat(vm.inspect(0, 0).channels()).extracting(PixelInspection.Channel::raw).containsExactly(255f, 0f, 0f);
        assertThat(vm.inspect(0, 0).channels()).extracting(PixelInspection.Channel::normalised)
                .containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void comparingJavaFxWithOpenCvFlagsTheChannelOrderButFindsTheSameColours() {
        ImageLabViewModel vm = create(new JavaFxImageDecoder(), standard("opencv"));
        vm.open(TestImages.primaries(folder)).join();

        vm.compareAll().join();

        assertThat(vm.comparison()).extracting(DecoderOutcome::orderText).containsExactly("ARGB", "BGR");
        PairComparison pair = vm.pairComparisonProperty().get();
        assertThat(pair.headline()).contains("JavaFX Image stores ARGB: channel 0 is alpha (opacity)")
                .contains("stores BGR: channel 0 is blue");
        assertThat(pair.report().aligned().maxAbs()).isZero();
        // As stored, channel 0 is alpha (255 everywhere) against blue: the black row differs by all of 255.
        assertThat(pair.report().asStored().maxAbs()).isEqualTo(1.0);
    }

    @Test
    void theGrayscaleDifferencesMatchTheWeightsOnPureColours() {
        ImageLabViewModel vm = create(standard("twelvemonkeys"));
        vm.open(TestImages.primaries(folder)).join();

        GrayscaleSet gray = vm.snapshotProperty().get().grayscale();

        assertThat(gray.plane(Grayscale.LUMA_601).get(0, 0, 0)).isCloseTo(0.299f * 255, within(1e-3f));
        assertThat(gray.plane(Grayscale.BT709).get(0, 0, 1)).isCloseTo(0.7152f * 255, within(1e-3f));
        assertThat(gray.plane(Grayscale.MEAN).get(0, 0, 2)).isCloseTo(85f, within(1e-3f));
        assertThat(gray.difference(Grayscale.LUMA_601, Grayscale.BT709).maxAbs())
                .isCloseTo((0.7152 - 0.587) * 255, within(1e-3));
    }

    @Test
    void aGrayImageGivesTheSameGrayForEveryMethod() {
        ImageLabViewModel vm = create(standard("twelvemonkeys"));
        vm.open(TestImages.textbook(folder)).join();

        GrayscaleSet gray = vm.snapshotProperty().get().grayscale();

        assertThat(row(vm, "channel order")).isEqualTo("gray (gray)");
        assertThat(gray.differences()).allSatisfy(d -> assertThat(d.maxAbs()).isZero());
        assertThat(gray.plane(Grayscale.MEAN).get(0, 0, 0)).isEqualTo(10f);
    }

    @Test
    void sixteenBitSamplesKeepTheirRangeInTheInspectorAndTheMetadata() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 1,
                java.awt.image.BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(0, 0, 0, 65535);
        image.getRaster().setSample(1, 0, 0, 1000);
        Path file = TestImages.write(image, "png", folder.resolve("deep.png"));
        ImageLabViewModel vm = create(standard("twelvemonkeys"));

        vm.open(file).join();

        assertThat(row(vm, "sample type")).isEqualTo("16-bit unsigned");
        assertThat(row(vm, "value range")).isEqualTo("1000–65535 observed, 0–65535 nominal");
        PixelInspection dim = vm.inspect(1, 0);
        assertThat(dim.channels().get(0).raw()).isEqualTo(1000f);
        assertThat(dim.channels().get(0).normalised()).isCloseTo(1000 / 65535.0, within(1e-9));
        assertThat(vm.inspect(0, 0).text()).isEqualTo("x 0, y 0 · gray 65535 (1.000)");
    }

    @Test
    void aMultiPageTiffOffersItsPagesAndDecodesTheChosenOne() {
        Path file = TestImages.threePageTiff(folder);
        ImageLabViewModel vm = create(standard("twelvemonkeys"));
        vm.open(file).join();

        assertThat(vm.pageCountProperty().get()).isEqualTo(3);
        assertThat(vm.inspect(0, 0).channels().get(0).raw()).isEqualTo(0f);

        vm.pageProperty().set(2);
        vm.pending().join();

        assertThat(vm.image().page()).isEqualTo(2);
        assertThat(vm.inspect(0, 0).channels().get(0).raw()).isEqualTo(200f);
        assertThat(row(vm, "pages")).isEqualTo("page 3 of 3");
    }

    @Test
    void aTruncatedJpegOpensWithAWarningTheViewCanShow() throws Exception {
        Path full = TestImages.ramp(folder, "full.jpg", "jpeg", 64, 64);
        byte[] bytes = java.nio.file.Files.readAllBytes(full);
        Path cut = java.nio.file.Files.write(folder.resolve("cut.jpg"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ImageLabViewModel vm = create(standard("twelvemonkeys"));

        vm.open(cut).join();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.warningProperty().get()).isNotEmpty();
        assertThat(row(vm, "warnings")).isEqualTo(vm.warningProperty().get());
    }

    /** A decoder stub for failure paths only. */
    private abstract static class NamedDecoder implements ImageDecoder {
        private final String id;

        NamedDecoder(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return id;
        }

        @Override
        public String description() {
            return "test decoder " + id;
        }
    }
}
