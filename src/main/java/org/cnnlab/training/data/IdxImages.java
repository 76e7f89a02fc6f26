package org.cnnlab.training.data;

/**
 * Grayscale images read from an IDX file, kept as one compact byte array: image {@code i}, row
 * {@code r}, column {@code c} is the unsigned byte at {@code i * rows * columns + r * columns + c}.
 * The array is shared, not copied (a training set is 47 MB): readers must not modify it.
 */
public record IdxImages(int count, int rows, int columns, byte[] pixels) {
    public IdxImages {
        if ((long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException("pixels hold " + pixels.length + " bytes, not "
                    + count + " x " + rows + " x " + columns);
        }
    }

    public int pixelsPerImage() {
        return rows * columns;
    }
}
