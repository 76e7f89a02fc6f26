package org.cnnlab.training.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A labelled set of grayscale images held as two compact byte arrays (pixels 0–255, labels
 * 0..classCount-1): what the dataset browser shows and what training reads. Immutable.
 */
public final class Dataset {
    private final DatasetId id;
    private final DatasetSplit split;
    private final IdxImages images;
    private final byte[] labels;
    private final int[] classCounts;
    private final int minPixel;
    private final int maxPixel;

    /**
     * Pairs images with labels.
     *
     * @throws DatasetException if the counts differ or a label is outside the dataset's classes
     */
    public Dataset(DatasetId id, DatasetSplit split, IdxImages images, byte[] labels) throws DatasetException {
        this.id = Objects.requireNonNull(id);
        this.split = Objects.requireNonNull(split);
        this.images = Objects.requireNonNull(images);
        this.labels = labels.clone();
        String where = id.displayName() + " " + split.displayName();
        if (images.count() != labels.length) {
            throw new DatasetException("The " + where + " has " + images.count() + " images but "
                    + labels.length + " labels: one of its files is damaged.");
        }
        this.classCounts = new int[id.classCount()];
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= classCounts.length) {
                throw new DatasetException("The " + where + " has label " + label + " at sample " + i
                        + ", but only classes 0-" + (classCounts.length - 1) + " exist: the labels file is damaged.");
            }
            classCounts[label]++;
        }
        int min = 255;
        int max = 0;
        for (byte pixel : images.pixels()) {
            int value = pixel & 0xFF;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        this.minPixel = min;
        this.maxPixel = max;
    }

    public DatasetId id() {
        return id;
    }

    public DatasetSplit split() {
        return split;
    }

    public int size() {
        return images.count();
    }

    public int rows() {
        return images.rows();
    }

    public int columns() {
        return images.columns();
    }

    public int pixelsPerImage() {
        return images.pixelsPerImage();
    }

    /** The tensor shape as NumPy prints it, e.g. {@code (60000, 28, 28)}. */
    public String shapeText() {
        return String.format(Locale.ROOT, "(%d, %d, %d)", size(), rows(), columns());
    }

    /** The smallest pixel value in the set (0 for MNIST). */
    public int minPixel() {
        return minPixel;
    }

    /** The largest pixel value in the set (255 for MNIST). */
    public int maxPixel() {
        return maxPixel;
    }

    /** The label of sample {@code index}, 0..classCount-1. */
    public int label(int index) {
        return labels[Objects.checkIndex(index, labels.length)] & 0xFF;
    }

    public String className(int label) {
        return id.classNames().get(label);
    }

    public List<String> classNames() {
        return id.classNames();
    }

    /** How many samples carry each label (index = label). */
    public int[] classCounts() {
        return classCounts.clone();
    }

    /** Pixel (row, column) of sample {@code index}, 0–255. */
    public int pixel(int index, int row, int column) {
        Objects.checkIndex(index, size());
        Objects.checkIndex(row, rows());
        Objects.checkIndex(column, columns());
        return images.pixels()[index * pixelsPerImage() + row * columns() + column] & 0xFF;
    }

    /** Sample {@code index} as row-major floats scaled to 0–1 ({@code pixel / 255}). */
    public float[] sampleAsFloats(int index) {
        float[] out = new float[pixelsPerImage()];
        copySample(index, out, 0);
        return out;
    }

    /** Writes sample {@code index} scaled to 0–1 into {@code target} from {@code offset}: no allocation. */
    public void copySample(int index, float[] target, int offset) {
        Objects.checkIndex(index, size());
        int length = pixelsPerImage();
        Objects.checkFromIndexSize(offset, length, target.length);
        byte[] pixels = images.pixels();
        int start = index * length;
        for (int i = 0; i < length; i++) {
            target[offset + i] = (pixels[start + i] & 0xFF) / 255f;
        }
    }
}
