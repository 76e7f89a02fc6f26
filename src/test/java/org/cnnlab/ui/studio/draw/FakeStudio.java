package org.cnnlab.ui.studio.draw;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cnnlab.services.studio.DrawingReading;
import org.cnnlab.services.studio.ModelInfo;
import org.cnnlab.services.studio.Studio;
import org.cnnlab.services.studio.StudioException;
import org.cnnlab.services.studio.StudioListener;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingOutcome;

/**
 * A studio that only reads drawings: it records every canvas it is given and answers either at
 * once with fixed probabilities and the canvas preprocessed as MNIST ({@link #answerWith}), by failing ({@link #failWith}), or not until
 * the test completes the future ({@link #holdAnswers}).
 */
final class FakeStudio implements Studio {
    final List<float[]> canvases = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<DrawingReading>> requests = new CopyOnWriteArrayList<>();
    private volatile DrawingReading answer;
    private volatile String failure;

    /** Answers every request at once with a reading whose most probable class is {@code label} at {@code probability}. */
    FakeStudio answerWith(int label, float probability) {
        float[] p = new float[10];
        float rest = (1 - probability) / 9;
        java.util.Arrays.fill(p, rest);
        p[label] = probability;
        answer = new DrawingReading(new float[784], false, p, List.of());
        failure = null;
        return this;
    }

    /** Fails every request with a studio message. */
    FakeStudio failWith(String message) {
        failure = message;
        answer = null;
        return this;
    }

    /** Leaves every request unanswered until the test completes it. */
    FakeStudio holdAnswers() {
        answer = null;
        failure = null;
        return this;
    }

    @Override
    public CompletableFuture<DrawingReading> readDrawing(float[] canvas, int width, int height) {
        canvases.add(canvas.clone());
        CompletableFuture<DrawingReading> future = new CompletableFuture<>();
        requests.add(future);
        if (failure != null) {
            future.completeExceptionally(new StudioException(failure));
        } else if (answer != null) {
            float[] input = new org.cnnlab.training.data.DigitPreprocessor(0.05f).preprocess(canvas, width, height);
            future.complete(new DrawingReading(input, false, answer.probabilities(), List.of()));
        }
        return future;
    }

    @Override
    public void setListener(StudioListener listener) {
    }

    @Override
    public CompletableFuture<ModelInfo> createModel(String name, org.cnnlab.training.model.ModelSpec spec,
            org.cnnlab.training.data.DatasetId dataset, long seed) {
        return CompletableFuture.failedFuture(new StudioException("not part of this fake"));
    }

    @Override
    public CompletableFuture<ModelInfo> loadModel(Path file) {
        return CompletableFuture.failedFuture(new StudioException("not part of this fake"));
    }

    @Override
    public CompletableFuture<Void> saveModel(Path file) {
        return CompletableFuture.failedFuture(new StudioException("not part of this fake"));
    }

    @Override
    public CompletableFuture<TrainingOutcome> train(TrainingConfig config) {
        return CompletableFuture.failedFuture(new StudioException("not part of this fake"));
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void step() {
    }

    @Override
    public void stop() {
    }

    @Override
    public void probeTestImage(int testIndex) {
    }

    @Override
    public CompletableFuture<TestReport> evaluateTestSet() {
        return CompletableFuture.failedFuture(new StudioException("not part of this fake"));
    }

    @Override
    public void close() {
    }
}
