package org.cnnlab.training.dl4j;

import java.util.Arrays;
import java.util.Random;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetSubset;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cuts a {@link DatasetSubset} into mini-batches for DL4J: features {@code [n, 1, rows, columns]}
 * scaled to 0–1 and one-hot labels {@code [n, classes]}. The order is reshuffled each epoch with
 * a seeded generator; the last batch may be smaller.
 */
public final class MiniBatches {
    private final DatasetSubset samples;
    private final int batchSize;
    private final int[] order;
    private final float[] featureBuffer;
    private final float[] labelBuffer;

    public MiniBatches(DatasetSubset samples, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.samples = samples;
        this.batchSize = batchSize;
        this.order = new int[samples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.featureBuffer = new float[batchSize * samples.source().pixelsPerImage()];
        this.labelBuffer = new float[batchSize * samples.source().id().classCount()];
    }

    public int sampleCount() {
        return order.length;
    }

    /** ceil(samples / batch size). */
    public int batchCount() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Shuffles the sample order (Fisher–Yates). */
    public void shuffle(Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Batch {@code b} in the current order, as a new DataSet. */
    public DataSet batch(int b) {
        int start = b * batchSize;
        int size = Math.min(batchSize, order.length - start);
        if (b < 0 || size <= 0) {
            throw new IndexOutOfBoundsException("batch " + b + " of " + batchCount());
        }
        Dataset source = samples.source();
        int pixels = source.pixelsPerImage();
        int classes = source.id().classCount();
        Arrays.fill(labelBuffer, 0, size * classes, 0f);
        for (int i = 0; i < size; i++) {
            int sample = order[start + i];
            samples.copySample(sample, featureBuffer, i * pixels);
            labelBuffer[i * classes + samples.label(sample)] = 1f;
        }
        INDArray features = filled(featureBuffer, size * pixels, size, 1, source.rows(), source.columns());
        INDArray labels = filled(labelBuffer, size * classes, size, classes);
        return new DataSet(features, labels);
    }

    /**
     * A new C-ordered float array of {@code shape} holding the first {@code length} values: one bulk
     * copy into its native buffer (Nd4j.create(float[]) copied value by value and cost ~3% of a LeNet-5 step).
     */
    private static INDArray filled(float[] values, int length, long... shape) {
        INDArray array = Nd4j.create(DataType.FLOAT, shape, 'c');
        array.data().asNioFloat().put(values, 0, length);
        return array;
    }

    /** The labels of batch {@code b} in the current order. */
    public int[] labels(int b) {
        int start = b * batchSize;
        int size = Math.min(batchSize, order.length - start);
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = samples.label(order[start + i]);
        }
        return labels;
    }
}
