package org.cnnlab.engine;

/**
 * An element-wise non-linearity applied to a feature map after the convolution:
 * ReLU {@code max(0, v)}, leaky ReLU {@code v > 0 ? v : α·v} with {@code α = 0.01} (Keras' default
 * is 0.3; 0.01 is PyTorch's), or none.
 */
public enum Activation implements NamedChoice {
    NONE("none", "the map passes unchanged"),
    RELU("relu", "negative values become 0: max(0, v)"),
    LEAKY_RELU("leaky-relu", "negative values are scaled by 0.01 instead of cut");

    /** The slope of leaky ReLU for negative inputs. */
    public static final float LEAKY_SLOPE = 0.01f;

    private final String id;
    private final String explanation;

    Activation(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String explanation() {
        return explanation;
    }

    public float apply(float v) {
        return switch (this) {
            case NONE -> v;
            case RELU -> v > 0f ? v : 0f;
            case LEAKY_RELU -> v > 0f ? v : LEAKY_SLOPE * v;
        };
    }

    /** Applies this activation to every value of {@code in}, writing into {@code out} (may be {@code in}). */
    public void apply(FloatPlanes in, FloatPlanes out) {
        if (!out.hasShape(in.channels(), in.height(), in.width())) {
            throw new IllegalArgumentException("activation output is " + out.shapeText() + ", input " + in.shapeText());
        }
        float[] src = in.data();
        float[] dst = out.data();
        switch (this) {
            case NONE -> {
                if (src != dst) {
                    System.arraycopy(src, 0, dst, 0, src.length);
                }
            }
            case RELU -> {
                for (int i = 0; i < src.length; i++) {
                    dst[i] = Math.max(src[i], 0f);
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < src.length; i++) {
                    float v = src[i];
                    dst[i] = v > 0f ? v : LEAKY_SLOPE * v;
                }
            }
        }
    }

    public static Activation fromId(String id) {
        return NamedChoice.byId(values(), id, "activation");
    }
}
