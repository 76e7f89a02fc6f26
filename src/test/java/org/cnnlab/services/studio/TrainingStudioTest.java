package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.run.ConfusionMatrix;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DigitPreprocessor;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@TrainingTest
class TrainingStudioTest {
    private static final DatasetLibrary LIBRARY = DatasetLibrary.bundled();
    private static final ModelSpec LENET = ModelZoo.byName("lenet5").orElseThrow().spec();
    private static final ModelSpec DENSE = ModelZoo.byName("dense-baseline").orElseThrow().spec();
    /** 1,000 images: 800 to train on (13 batches of 64, the last one 32) and 200 to validate on. */
    private static final TrainingConfig SHORT_RUN = TrainingConfig.defaults().withLimit(1000);

    private final List<TrainingStudio> studios = new ArrayList<>();

    @TempDir
    Path folder;

    @AfterEach
    void closeStudios() {
        studios.forEach(TrainingStudio::close);
    }

    private TrainingStudio studio(Recorder recorder) {
        return studio(recorder, System::nanoTime);
    }

    private TrainingStudio studio(Recorder recorder, LongSupplier clock) {
        TrainingStudio studio = new TrainingStudio(LIBRARY, clock);
        studio.setListener(recorder);
        studios.add(studio);
        return studio;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    private static StudioException failureOf(CompletableFuture<?> future) throws Exception {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(StudioException.class);
            return (StudioException) e.getCause();
        }
        throw new AssertionError("the request succeeded");
    }

    /** Everything the studio reported, in order. */
    private static class Recorder implements StudioListener {
        final List<TrainingProgress> progress = new CopyOnWriteArrayList<>();
        final BlockingQueue<TrainingProgress> progressQueue = new LinkedBlockingQueue<>();
        final List<EpochPoint> epochs = new CopyOnWriteArrayList<>();
        final List<NetworkPicture> pictures = new CopyOnWriteArrayList<>();
        final List<TrainingOutcome> finished = new CopyOnWriteArrayList<>();

        @Override
        public void onProgress(TrainingProgress report) {
            progress.add(report);
            progressQueue.add(report);
        }

        @Override
        public void onEpoch(EpochPoint epoch) {
            epochs.add(epoch);
        }

        @Override
        public void onNetwork(NetworkPicture picture) {
            pictures.add(picture);
        }

        @Override
        public void onFinished(TrainingOutcome outcome) {
            finished.add(outcome);
        }

        List<BatchPoint> points() {
            return progress.stream().flatMap(p -> p.newPoints().stream()).toList();
        }

        NetworkPicture lastPicture() {
            return pictures.get(pictures.size() - 1);
        }

        TrainingProgress next(TrainingProgress.Phase phase) throws InterruptedException {
            while (true) {
                TrainingProgress report = progressQueue.poll(30, TimeUnit.SECONDS);
                assertThat(report).as("a %s progress report", phase).isNotNull();
                if (report.phase() == phase) {
                    return report;
                }
            }
        }
    }

    /** A "1" drawn off-centre on a 100x100 canvas: a slightly slanted vertical stroke, 8 pixels wide. */
    private static float[] drawnOne() {
        float[] canvas = new float[100 * 100];
        for (int y = 10; y < 80; y++) {
            int x0 = 60 - y / 10;
            for (int x = x0; x < x0 + 8; x++) {
                canvas[y * 100 + x] = 1f;
            }
        }
        return canvas;
    }

    private static double sum(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }

    @Test
    void aShortRunReportsEveryBatchPointEachEpochAndPicturesOfEveryLayer() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        ModelInfo info = await(studio.createModel("lenet5", LENET, DatasetId.MNIST, 42));
        NetworkPicture untrained = recorder.lastPicture();

        TrainingOutcome outcome = await(studio.train(SHORT_RUN.withEpochs(2)));

        assertThat(info.summary().totalParams()).isEqualTo(LENET.params().total());
        assertThat(info.epochsTrained()).isZero();
        assertThat(untrained.histograms()).allSatisfy(h -> assertThat(h.gradients()).isNull());
        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        List<BatchPoint> points = recorder.points();
        assertThat(points).extracting(BatchPoint::step).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L, 26L);
        assertThat(points).allSatisfy(p -> assertThat(p.loss()).isFinite().isPositive());
        assertThat(points).anySatisfy(p -> assertThat(p.accuracy()).isBetween(0.0, 1.0));
        assertThat(points).anySatisfy(p -> assertThat(p.validationAccuracy()).isBetween(0.0, 1.0));
        TrainingProgress last = recorder.progress.get(recorder.progress.size() - 1);
        assertThat(last.phase()).isEqualTo(TrainingProgress.Phase.FINISHED);
        assertThat(last.imagesSeen()).isEqualTo(1600).isEqualTo(last.imagesTotal());
        assertThat(last.batchesPerEpoch()).isEqualTo(13);
        assertThat(recorder.epochs).extracting(EpochPoint::epoch).containsExactly(1, 2);
        assertThat(recorder.epochs).allSatisfy(e -> {
            assertThat(e.validationAccuracy()).isBetween(0.0, 1.0);
            assertThat(e.accuracy()).isBetween(0.0, 1.0);
        });
        assertThat(recorder.epochs.get(1).accuracy()).as("better than chance").isGreaterThan(0.2);
        assertThat(recorder.finished).containsExactly(outcome);

        NetworkPicture picture = recorder.lastPicture();
        assertThat(picture.layers()).hasSize(LENET.layers().size());
        assertThat(sum(picture.probabilities())).isCloseTo(1.0, within(1e-4));
        assertThat(picture.probeImage()).hasSize(784);
        assertThat(picture.firstFilters().filters()).isEqualTo(6);
        assertThat(picture.histograms()).extracting(LayerHistograms::layerName)
                .containsExactly("conv2d", "conv2d_1", "dense", "dense_1", "dense_2");
        assertThat(picture.histograms()).allSatisfy(h -> {
            assertThat(h.gradients()).isNotNull();
            assertThat(h.weights().bins()).isEqualTo(TrainingStudio.HISTOGRAM_BINS);
        });
        assertThat(IntStream.of(picture.histograms().get(0).weights().counts()).sum()).isEqualTo(6 * 5 * 5);
    }

    @Test
    void aFrozenClockThrottlesProgressToTheFirstBatchEachEpochAndTheEndWithoutLosingPoints() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder, () -> 0L);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));
        int picturesBefore = recorder.pictures.size();

        await(studio.train(SHORT_RUN));

        assertThat(recorder.progress).extracting(TrainingProgress::phase).containsExactly(
                TrainingProgress.Phase.RUNNING, TrainingProgress.Phase.RUNNING, TrainingProgress.Phase.FINISHED);
        assertThat(recorder.progress).extracting(p -> p.newPoints().size()).containsExactly(1, 12, 0);
        assertThat(recorder.pictures.size() - picturesBefore).as("first batch and end").isEqualTo(2);
    }

    @Test
    void batchesASecondApartAreEachReported() throws Exception {
        Recorder recorder = new Recorder();
        AtomicLong time = new AtomicLong();
        TrainingStudio studio = studio(recorder, () -> time.addAndGet(1_000_000_000L));
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));

        await(studio.train(SHORT_RUN));

        assertThat(recorder.progress).hasSize(13 + 2);
        assertThat(recorder.points()).hasSize(13);
    }

    @Test
    void pauseReportsPausedAStepTrainsOneBatchAndResumeFinishes() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));
        TrainingConfig config = SHORT_RUN.withBatchSize(16).withEpochs(3);

        CompletableFuture<TrainingOutcome> run = studio.train(config);
        studio.pause();
        recorder.next(TrainingProgress.Phase.PAUSED);
        Thread.sleep(200);
        TrainingProgress paused = recorder.progress.get(recorder.progress.size() - 1);
        int pointsWhenPaused = recorder.points().size();
        DrawingReading whilePaused = await(studio.readDrawing(drawnOne(), 100, 100));

        recorder.progressQueue.clear();
        studio.step();
        TrainingProgress stepped = recorder.next(TrainingProgress.Phase.PAUSED);
        Thread.sleep(300);

        assertThat(paused.phase()).isEqualTo(TrainingProgress.Phase.PAUSED);
        assertThat(whilePaused.empty()).isFalse();
        assertThat(stepped.imagesSeen()).isEqualTo(paused.imagesSeen() + 16);
        assertThat(stepped.newPoints()).hasSize(1);
        assertThat(recorder.points()).hasSize(pointsWhenPaused + 1);
        assertThat(run).isNotDone();

        studio.resume();
        TrainingOutcome outcome = await(run);

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(recorder.points()).hasSize(3 * 50);
        assertThat(recorder.progress).extracting(TrainingProgress::phase).contains(TrainingProgress.Phase.RUNNING);
    }

    @Test
    void drawingIsAnsweredWhileTrainingAndStopEndsTheRunAsStopped() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));

        CompletableFuture<TrainingOutcome> run = studio.train(SHORT_RUN.withBatchSize(8).withEpochs(50));
        recorder.next(TrainingProgress.Phase.RUNNING);
        DrawingReading reading = await(studio.readDrawing(drawnOne(), 100, 100));
        boolean stillTraining = !run.isDone();
        StudioException refused = failureOf(studio.createModel("other", LENET, DatasetId.MNIST, 2));
        studio.stop();
        TrainingOutcome outcome = await(run);

        assertThat(stillTraining).isTrue();
        assertThat(reading.probabilities()).hasSize(10);
        assertThat(refused).hasMessageStartingWith("Stop training first");
        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.STOPPED);
        assertThat(recorder.progress.get(recorder.progress.size() - 1).phase()).isEqualTo(TrainingProgress.Phase.FINISHED);
        assertThat(await(studio.createModel("after", DENSE, DatasetId.MNIST, 3)).name()).isEqualTo("after");
    }

    @Test
    void aHugeLearningRateEndsAsDivergedWithFiniteWeights() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));

        TrainingOutcome outcome = await(studio.train(SHORT_RUN.withOptimizer(OptimizerKind.SGD, 1e30)));

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.DIVERGED);
        assertThat(outcome.message()).contains("learning rate");
        assertThat(recorder.finished).containsExactly(outcome);
        NetworkPicture picture = recorder.lastPicture();
        assertThat(sum(picture.probabilities())).isCloseTo(1.0, within(1e-4));
        assertThat(picture.histograms()).allSatisfy(h -> {
            assertThat(h.weights().min()).isFinite();
            assertThat(h.weights().max()).isFinite();
        });
    }

    @Test
    void probingATestImageSendsItsPictureAndAnIndexBeyondTheTestSetIsIgnored() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));
        Dataset test = LIBRARY.load(DatasetId.MNIST, DatasetSplit.TEST);

        studio.probeTestImage(10_000);
        await(studio.readDrawing(new float[4], 2, 2));
        int picturesAfterTheBadProbe = recorder.pictures.size();
        studio.probeTestImage(3);
        await(studio.readDrawing(new float[4], 2, 2));

        NetworkPicture picture = recorder.lastPicture();
        assertThat(picture.probeIndex()).isEqualTo(3);
        assertThat(picture.probeLabel()).isEqualTo(test.label(3));
        assertThat(picture.probeImage()).isEqualTo(test.sampleAsFloats(3));
        assertThat(picture.firstFilters()).as("the dense baseline has no convolution").isNull();
        assertThat(picturesAfterTheBadProbe).as("only the picture after createModel").isEqualTo(1);
    }

    @Test
    void anEmptyPadIsNotRunThroughTheNetworkAndADrawnDigitIs() throws Exception {
        TrainingStudio studio = studio(new Recorder());
        await(studio.createModel("lenet5", LENET, DatasetId.MNIST, 42));

        DrawingReading empty = await(studio.readDrawing(new float[100 * 100], 100, 100));
        DrawingReading one = await(studio.readDrawing(drawnOne(), 100, 100));

        assertThat(empty.empty()).isTrue();
        assertThat(empty.probabilities()).isEmpty();
        assertThat(empty.layers()).isEmpty();
        assertThat(empty.predictedClass()).isEqualTo(-1);
        assertThat(empty.input()).hasSize(784).containsOnly(0f);
        assertThat(one.empty()).isFalse();
        assertThat(one.input()).hasSize(28 * 28).isEqualTo(new DigitPreprocessor(0.05f).preprocess(drawnOne(), 100, 100));
        assertThat(sum(one.probabilities())).isCloseTo(1.0, within(1e-4));
        assertThat(one.layers()).hasSize(LENET.layers().size());
        assertThat(one.predictedClass()).isBetween(0, 9);
    }

    @Test
    void drawingsThatQueueUpAreAnsweredOnceWithTheNewest() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Recorder blocking = new Recorder() {
            @Override
            public void onNetwork(NetworkPicture picture) {
                if (picture.probeIndex() == 7) {
                    busy.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        TrainingStudio studio = studio(blocking);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));
        studio.probeTestImage(7);
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        float[] small = new float[100 * 100];
        small[50 * 100 + 50] = 1f;

        CompletableFuture<DrawingReading> first = studio.readDrawing(small, 100, 100);
        CompletableFuture<DrawingReading> second = studio.readDrawing(new float[100 * 100], 100, 100);
        CompletableFuture<DrawingReading> newest = studio.readDrawing(drawnOne(), 100, 100);
        release.countDown();

        DrawingReading reading = await(newest);
        assertThat(await(first)).isSameAs(reading);
        assertThat(await(second)).isSameAs(reading);
        assertThat(reading.input()).isEqualTo(new DigitPreprocessor(0.05f).preprocess(drawnOne(), 100, 100));
    }

    @Test
    void aSavedModelLoadsBackWithIdenticalPredictions() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        await(studio.createModel("lenet5", LENET, DatasetId.MNIST, 42));
        await(studio.train(SHORT_RUN));
        float[] trained = await(studio.readDrawing(drawnOne(), 100, 100)).probabilities();
        Path file = folder.resolve("lenet.zip");

        await(studio.saveModel(file));
        await(studio.createModel("fresh", LENET, DatasetId.MNIST, 7));
        float[] fresh = await(studio.readDrawing(drawnOne(), 100, 100)).probabilities();
        ModelInfo loaded = await(studio.loadModel(file));
        float[] reloaded = await(studio.readDrawing(drawnOne(), 100, 100)).probabilities();

        assertThat(fresh).isNotEqualTo(trained);
        assertThat(reloaded).isEqualTo(trained);
        assertThat(loaded.name()).isEqualTo("lenet.zip");
        assertThat(loaded.epochsTrained()).isEqualTo(1);
        assertThat(loaded.dataset()).isEqualTo(DatasetId.MNIST);
        assertThat(loaded.testAccuracy()).isNaN();
        assertThat(loaded.summary().totalParams()).isEqualTo(LENET.params().total());
    }

    @Test
    void loadingAFileThatIsNoModelFailsWithAHumanMessage() throws Exception {
        TrainingStudio studio = studio(new Recorder());
        Path notes = folder.resolve("notes.zip");
        Files.writeString(notes, "shopping list", StandardCharsets.UTF_8);

        StudioException failure = failureOf(studio.loadModel(notes));

        assertThat(failure).hasMessageContaining("notes.zip is not a CNN Lab model file");
        assertThat(failure.getMessage()).doesNotContain("Exception");
        assertThat(failureOf(studio.saveModel(folder.resolve("none.zip")))).hasMessageContaining("create one");
    }

    @Test
    void testAccuracyIsTheConfusionMatrixDiagonalShare() throws Exception {
        TrainingStudio studio = studio(new Recorder());
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));
        await(studio.train(SHORT_RUN));

        TestReport report = await(studio.evaluateTestSet());

        ConfusionMatrix matrix = report.matrix();
        int diagonal = 0;
        int total = 0;
        for (int actual = 0; actual < 10; actual++) {
            diagonal += matrix.count(actual, actual);
            total += matrix.actualCount(actual);
        }
        assertThat(total).isEqualTo(10_000);
        assertThat(report.accuracy()).isEqualTo((double) diagonal / total).isGreaterThan(0.2);
        assertThat(report.meanLoss()).isFinite().isPositive();
        assertThat(report.mistakes()).hasSize(TestReport.MISTAKES)
                .allSatisfy(m -> assertThat(m.predicted()).isNotEqualTo(m.actual()));
        assertThat(report.mistakes()).extracting(ConfusionMatrix.Mistake::confidence).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void everyCallAfterCloseFails() throws Exception {
        TrainingStudio studio = studio(new Recorder());
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));

        studio.close();

        assertThat(failureOf(studio.createModel("dense", DENSE, DatasetId.MNIST, 1))).hasMessageContaining("closed");
        assertThat(failureOf(studio.train(SHORT_RUN))).hasMessageContaining("closed");
        assertThat(failureOf(studio.readDrawing(drawnOne(), 100, 100))).hasMessageContaining("closed");
        assertThat(failureOf(studio.evaluateTestSet())).hasMessageContaining("closed");
        assertThat(failureOf(studio.saveModel(folder.resolve("m.zip")))).hasMessageContaining("closed");
        studio.close();
    }

    @Test
    void closingDuringTrainingStopsTheRun() throws Exception {
        Recorder recorder = new Recorder();
        TrainingStudio studio = studio(recorder);
        await(studio.createModel("dense", DENSE, DatasetId.MNIST, 1));
        CompletableFuture<TrainingOutcome> run = studio.train(SHORT_RUN.withBatchSize(8).withEpochs(50));
        studio.pause();
        recorder.next(TrainingProgress.Phase.PAUSED);

        studio.close();

        assertThat(await(run).status()).isEqualTo(TrainingOutcome.Status.STOPPED);
    }
}
