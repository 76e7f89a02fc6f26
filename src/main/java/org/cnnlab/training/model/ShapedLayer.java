package org.cnnlab.training.model;

/**
 * A layer of a checked {@link ModelSpec} with what shape inference found for it.
 *
 * @param index  0-based position in the model
 * @param name   unique Keras-style name ({@code conv2d}, {@code conv2d_1}, …)
 * @param layer  the layer's description
 * @param input  the shape it receives
 * @param output the shape it produces
 * @param params its parameters
 */
public record ShapedLayer(int index, String name, LayerSpec layer, TensorShape input, TensorShape output, ParamCount params) {
}
