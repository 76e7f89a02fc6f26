package org.cnnlab.training.model;

/**
 * A stack of layers that cannot work, refused at the layer where it breaks. The message names
 * that layer (counted from 1 for people), what it receives and why it cannot take it.
 */
public final class ModelSpecException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int layerIndex;

    public ModelSpecException(int layerIndex, String message) {
        super(message);
        this.layerIndex = layerIndex;
    }

    /** The 0-based index of the layer that breaks the stack; -1 when the problem is the model as a whole. */
    public int layerIndex() {
        return layerIndex;
    }
}
