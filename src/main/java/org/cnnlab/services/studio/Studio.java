package org.cnnlab.services.studio;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingOutcome;

/**
 * The training studio's service: it owns one network and one model thread that trains it,
 * evaluates it and answers questions about it (activations of a chosen test image, a drawn
 * digit, the confusion matrix). Every method returns at once; work runs on the model thread and
 * results arrive as futures or as {@link StudioListener} events, throttled to at most about
 * {@value #MAX_UPDATES_PER_SECOND} a second while training. Everything handed out is an
 * immutable snapshot of plain Java values: no native tensor ever leaves the service.
 *
 * <p>A future fails with a {@link StudioException} whose message is written for the user.
 */
public interface Studio extends AutoCloseable {
    /** Live views are refreshed at most this often while training. */
    int MAX_UPDATES_PER_SECOND = 8;

    /** Receives the studio's events (on the model thread: hand them to the UI thread quickly). */
    void setListener(StudioListener listener);

    /** Replaces the current network with a freshly initialised one for {@code spec} on {@code dataset}. */
    CompletableFuture<ModelInfo> createModel(String name, ModelSpec spec, DatasetId dataset, long seed);

    /** Replaces the current network with the one saved in {@code file}. */
    CompletableFuture<ModelInfo> loadModel(Path file);

    /** Saves the current network (weights and metadata) to {@code file}, atomically. */
    CompletableFuture<Void> saveModel(Path file);

    /**
     * Trains the current network with {@code config}; completes when training ends (finished,
     * stopped or diverged). Progress, epochs and network pictures arrive through the listener.
     */
    CompletableFuture<TrainingOutcome> train(TrainingConfig config);

    /** Holds training before its next batch. */
    void pause();

    /** Continues a paused run. */
    void resume();

    /** While paused, trains exactly one more batch (then the views update). */
    void step();

    /** Ends training after the current batch, also when paused. */
    void stop();

    /** Chooses the test image whose activations the views show; a {@link NetworkPicture} follows. */
    void probeTestImage(int testIndex);

    /**
     * Preprocesses a drawing as MNIST digits were made and runs it through the network. Requests
     * made while one is running are coalesced: only the newest is answered, older futures
     * complete with the newest reading.
     *
     * @param canvas ink 0–1, row by row
     */
    CompletableFuture<DrawingReading> readDrawing(float[] canvas, int width, int height);

    /** Scores the current network on the whole test set: confusion matrix and confident mistakes. */
    CompletableFuture<TestReport> evaluateTestSet();

    /** Stops training and ends the model thread; waits briefly for it. */
    @Override
    void close();
}
