package org.cnnlab.training.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A selection of samples of a {@link Dataset} by index, without copying pixels: sample {@code i}
 * of the subset is sample {@code sourceIndex(i)} of the source.
 */
public final class DatasetSubset {
    private final Dataset source;
    private final int[] indices;

    public DatasetSubset(Dataset source, int[] indices) {
        this.source = Objects.requireNonNull(source);
        this.indices = indices.clone();
        for (int index : this.indices) {
            Objects.checkIndex(index, source.size());
        }
    }

    /** The whole dataset in its original order. */
    public static DatasetSubset all(Dataset source) {
        int[] indices = new int[source.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return new DatasetSubset(source, indices);
    }

    public Dataset source() {
        return source;
    }

    public int size() {
        return indices.length;
    }

    public int sourceIndex(int i) {
        return indices[i];
    }

    public int label(int i) {
        return source.label(indices[i]);
    }

    /** The first {@code count} samples of this subset (all of them if it has fewer). */
    public DatasetSubset limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a limit cannot be negative: " + count);
        }
        return new DatasetSubset(source, Arrays.copyOf(indices, Math.min(count, indices.length)));
    }

    /** Writes sample {@code i} scaled to 0–1 into {@code target} from {@code offset}. */
    public void copySample(int i, float[] target, int offset) {
        source.copySample(indices[i], target, offset);
    }

    /** How many samples of this subset carry each label. */
    public int[] classCounts() {
        int[] counts = new int[source.id().classCount()];
        for (int index : indices) {
            counts[source.label(index)]++;
        }
        return counts;
    }
}
