package org.cnnlab.training.run;

import java.util.Arrays;
import java.util.Random;
import org.cnnlab.engine.Timings;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.dl4j.MiniBatches;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ZooModel;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Measures how fast a zoo model trains and how fast it answers one image with every layer's
 * activations, as {@code cnnlab bench train} reports them.
 *
 * <p>Training throughput is {@code images / seconds} over the timed batches, after untimed warm-up
 * batches; a batch's time covers building the batch, the weight update and reading the loss (which
 * waits for the native work to finish). Forward latency is measured per call of
 * {@link TrainableNetwork#activations(float[])} after untimed warm-up calls; percentiles use the
 * nearest-rank rule ({@code p}-th percentile = the {@code ceil(p/100 * n)}-th smallest time).
 */
public final class TrainingBenchmark {
    /** Untimed forward calls before the timed ones, so the JIT and native caches are warm. */
    public static final int FORWARD_WARMUP_RUNS = 50;

    /** One model at one batch size: {@code imagesPerSecond = images / seconds}. */
    public record TrainingThroughput(String model, int batch, int batches, int images, double seconds,
            double minBatchMs, double maxBatchMs) {
        public double imagesPerSecond() {
            return images / seconds;
        }
    }

    /** Times of single-image forward passes with all activations, in milliseconds. */
    public record ForwardLatency(String model, int runs, double medianMs, double p90Ms, double p99Ms, double maxMs) {
    }

    private final Dataset trainingImages;
    private final OptimizerKind optimizer;
    private final double learningRate;
    private final long seed;

    /**
     * @param trainingImages the images batches are cut from (shuffled with {@code seed})
     * @param optimizer      the optimiser every network trains with
     * @param learningRate   its learning rate
     * @param seed           seeds the weights and the batch order, so runs are comparable
     */
    public TrainingBenchmark(Dataset trainingImages, OptimizerKind optimizer, double learningRate, long seed) {
        this.trainingImages = trainingImages;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.seed = seed;
    }

    /**
     * Trains a fresh {@code model} for {@code warmupBatches} untimed batches, then times
     * {@code ceil(images / batch)} batches; past the end of the data the order is reshuffled.
     *
     * @throws IllegalArgumentException if {@code batch} or {@code images} is below 1 or {@code warmupBatches} below 0
     */
    public TrainingThroughput measureTraining(ZooModel model, int batch, int warmupBatches, int images)
            throws ModelSpecException {
        if (batch < 1 || images < 1 || warmupBatches < 0) {
            throw new IllegalArgumentException("batch and images must be at least 1 and warm-up batches at least 0");
        }
        TrainableNetwork network = TrainableNetwork.create(model.spec(), optimizer, learningRate, seed);
        MiniBatches batches = new MiniBatches(DatasetSubset.all(trainingImages), batch);
        Random order = new Random(seed);
        batches.shuffle(order);
        int next = 0;
        for (int i = 0; i < warmupBatches; i++) {
            if (next == batches.batchCount()) {
                batches.shuffle(order);
                next = 0;
            }
            network.fit(batches.batch(next++));
            network.lastLoss();
        }
        int timedImages = 0;
        int timedBatches = 0;
        long totalNanos = 0;
        long minNanos = Long.MAX_VALUE;
        long maxNanos = 0;
        while (timedImages < images) {
            if (next == batches.batchCount()) {
                batches.shuffle(order);
                next = 0;
            }
            long start = System.nanoTime();
            DataSet data = batches.batch(next++);
            network.fit(data);
            network.lastLoss();
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            minNanos = Math.min(minNanos, nanos);
            maxNanos = Math.max(maxNanos, nanos);
            timedImages += data.numExamples();
            timedBatches++;
        }
        return new TrainingThroughput(model.name(), batch, timedBatches, timedImages, totalNanos / 1e9,
                minNanos / 1e6, maxNanos / 1e6);
    }

    /**
     * Times {@code runs} calls of {@link TrainableNetwork#activations(float[])} on {@code image} with
     * a fresh {@code model}, after {@link #FORWARD_WARMUP_RUNS} untimed calls.
     *
     * @throws IllegalArgumentException if {@code runs} is below 1 or the image does not fit the model
     */
    public ForwardLatency measureForward(ZooModel model, float[] image, int runs) throws ModelSpecException {
        if (runs < 1) {
            throw new IllegalArgumentException("forward runs must be at least 1, not " + runs);
        }
        TrainableNetwork network = TrainableNetwork.create(model.spec(), optimizer, learningRate, seed);
        for (int i = 0; i < FORWARD_WARMUP_RUNS; i++) {
            network.activations(image);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            network.activations(image);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new ForwardLatency(model.name(), runs, Timings.median(millis), Timings.nearestRank(millis, 90),
                Timings.nearestRank(millis, 99), millis[runs - 1]);
    }

}
