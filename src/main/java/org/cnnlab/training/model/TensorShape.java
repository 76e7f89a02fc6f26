package org.cnnlab.training.model;

import java.util.List;
import java.util.Objects;

/**
 * The shape of one sample flowing between layers, without the batch dimension: an image
 * (height, width, channels) as Keras stores it (channels last), or a flat vector (units).
 */
public final class TensorShape {
    private final int height;
    private final int width;
    private final int channels;
    private final boolean image;

    private TensorShape(int height, int width, int channels, boolean image) {
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.image = image;
    }

    /** An image of {@code height} x {@code width} pixels with {@code channels} maps. */
    public static TensorShape image(int height, int width, int channels) {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("an image shape needs positive sizes, not " + height + "x" + width + "x" + channels);
        }
        return new TensorShape(height, width, channels, true);
    }

    /** A flat vector of {@code units} values. */
    public static TensorShape vector(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("a vector shape needs at least one unit, not " + units);
        }
        return new TensorShape(1, 1, units, false);
    }

    public boolean isImage() {
        return image;
    }

    /** Image height; 1 for a vector. */
    public int height() {
        return height;
    }

    /** Image width; 1 for a vector. */
    public int width() {
        return width;
    }

    /** Image channels, or the units of a vector. */
    public int channels() {
        return channels;
    }

    /** Values per sample: height x width x channels, or the units. */
    public long elementCount() {
        return (long) height * width * channels;
    }

    /** The dimensions without the batch: [h, w, c] or [units]. */
    public List<Integer> dims() {
        return image ? List.of(height, width, channels) : List.of(channels);
    }

    /** As Keras prints it, with {@code None} for the batch: {@code (None, 26, 26, 32)} or {@code (None, 10)}. */
    public String text() {
        return image ? "(None, " + height + ", " + width + ", " + channels + ")" : "(None, " + channels + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TensorShape that && image == that.image && height == that.height
                && width == that.width && channels == that.channels;
    }

    @Override
    public int hashCode() {
        return Objects.hash(image, height, width, channels);
    }

    @Override
    public String toString() {
        return text();
    }
}
