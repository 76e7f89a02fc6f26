package org.cnnlab.training.model;

/**
 * An immutable snapshot of what one layer produced for one input image, safe to hand to the UI.
 * Image outputs are stored map by map ({@code values[c * height * width + y * width + x]}), flat
 * ones as a plain vector (a Flatten layer's vector is in the order the next layer reads it, map by map).
 *
 * @param name   the layer's Keras-style name
 * @param layer  the layer's description
 * @param shape  the output shape, as inferred by the {@link ModelSpec}
 * @param values the values, not shared with anything else
 */
public record LayerOutput(String name, LayerSpec layer, TensorShape shape, float[] values) {
    public LayerOutput {
        if (values.length != shape.elementCount()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for shape " + shape.text());
        }
    }

    /** Feature map {@code channel} of an image output (height x width values, row by row). */
    public float[] featureMap(int channel) {
        int size = shape.height() * shape.width();
        float[] map = new float[size];
        System.arraycopy(values, java.util.Objects.checkIndex(channel, shape.channels()) * size, map, 0, size);
        return map;
    }
}
