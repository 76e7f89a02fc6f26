package org.cnnlab.training.model;

/** The non-linearity applied to a layer's output. */
public enum LayerActivation {
    /** max(0, x). */
    RELU("relu"),
    /** exp(x_i) / sum_j exp(x_j): class probabilities. */
    SOFTMAX("softmax"),
    /** 1 / (1 + exp(-x)). */
    SIGMOID("sigmoid"),
    /** tanh(x). */
    TANH("tanh"),
    /** x, unchanged. */
    LINEAR("linear");

    private final String id;

    LayerActivation(String id) {
        this.id = id;
    }

    /** The Keras name, e.g. {@code relu}. */
    public String id() {
        return id;
    }
}
