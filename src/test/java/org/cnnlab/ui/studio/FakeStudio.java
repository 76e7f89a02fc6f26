package org.cnnlab.ui.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cnnlab.services.studio.DrawingReading;
import org.cnnlab.services.studio.EpochPoint;
import org.cnnlab.services.studio.ModelInfo;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.services.studio.Studio;
import org.cnnlab.services.studio.StudioException;
import org.cnnlab.services.studio.StudioListener;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSummary;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingOutcome;

/**
 * A studio that trains nothing: it records the calls it receives, answers model requests at once
 * and emits progress, epoch and picture events when the test asks.
 */
public final class FakeStudio implements Studio {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile StudioListener listener;
    public volatile CompletableFuture<TrainingOutcome> run;
    volatile TrainingConfig lastConfig;
    volatile String failTrainWith;
    volatile TestReport report = StudioFixtures.report();

    @Override
    public void setListener(StudioListener listener) {
        this.listener = listener;
    }

    @Override
    public CompletableFuture<ModelInfo> createModel(String name, ModelSpec spec, DatasetId dataset, long seed) {
        calls.add("create " + name + " " + dataset + " " + seed);
        return CompletableFuture.completedFuture(new ModelInfo(name, ModelSummary.of(spec), dataset, 0, Double.NaN));
    }

    @Override
    public CompletableFuture<ModelInfo> loadModel(Path file) {
        calls.add("load " + file.getFileName());
        if (file.getFileName().toString().startsWith("broken")) {
            return CompletableFuture.failedFuture(new StudioException(
                    "This file was not saved by CNN Lab (no metadata). Open a model saved with Save…"));
        }
        return CompletableFuture.completedFuture(new ModelInfo("chollet",
                ModelSummary.of(org.cnnlab.training.model.ModelZoo.byName("chollet").orElseThrow().spec()), DatasetId.FASHION_MNIST, 5,
                Double.NaN));
    }

    @Override
    public CompletableFuture<Void> saveModel(Path file) {
        calls.add("save " + file.getFileName());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<TrainingOutcome> train(TrainingConfig config) {
        calls.add("train");
        lastConfig = config;
        if (failTrainWith != null) {
            return CompletableFuture.failedFuture(new StudioException(failTrainWith));
        }
        run = new CompletableFuture<>();
        return run;
    }

    @Override
    public void pause() {
        calls.add("pause");
    }

    @Override
    public void resume() {
        calls.add("resume");
    }

    @Override
    public void step() {
        calls.add("step");
    }

    @Override
    public void stop() {
        calls.add("stop");
        CompletableFuture<TrainingOutcome> current = run;
        if (current != null) {
            current.complete(new TrainingOutcome(TrainingOutcome.Status.STOPPED, "Training stopped by you after 3 batches.", 0,
                    192, 1500));
        }
    }

    @Override
    public void probeTestImage(int testIndex) {
        calls.add("probe " + testIndex);
    }

    @Override
    public CompletableFuture<DrawingReading> readDrawing(float[] canvas, int width, int height) {
        return CompletableFuture.failedFuture(new StudioException("not used by these tests"));
    }

    @Override
    public CompletableFuture<TestReport> evaluateTestSet() {
        calls.add("evaluate");
        return CompletableFuture.completedFuture(report);
    }

    @Override
    public void close() {
        calls.add("close");
    }

    /** Emits a progress event with {@code points} batch points, steps {@code firstStep} onwards. */
    public void emitProgress(int firstStep, int points, int batchesPerEpoch) {
        listener.onProgress(StudioFixtures.progress(firstStep, points, batchesPerEpoch));
    }

    public void emitEpoch(int epoch, double loss, double accuracy, double validationLoss, double validationAccuracy) {
        listener.onEpoch(new EpochPoint(epoch, loss, accuracy, validationLoss, validationAccuracy));
    }

    public void emitPicture(int probeIndex) {
        NetworkPicture picture = StudioFixtures.picture(probeIndex);
        listener.onNetwork(picture);
    }

    void finish(TrainingOutcome.Status status, String message, int epochs) {
        run.complete(new TrainingOutcome(status, message, epochs, 1000L * epochs, 2000));
    }
}
