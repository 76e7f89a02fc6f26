package org.cnnlab.training.model;

/**
 * How a convolution treats the border. Output size for input n, kernel k, stride s:
 * {@code VALID}: floor((n - k) / s) + 1 (no padding); {@code SAME}: ceil(n / s) (zeros added).
 */
public enum LayerPadding {
    VALID("valid"),
    SAME("same");

    private final String id;

    LayerPadding(String id) {
        this.id = id;
    }

    /** The Keras name: {@code valid} or {@code same}. */
    public String id() {
        return id;
    }
}
