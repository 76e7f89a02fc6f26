package org.cnnlab.engine;

/** The padding choices a user picks from; {@link #resolve} turns one into concrete {@link Padding}. */
public enum PaddingMode {
    VALID("valid", "no padding: the map shrinks"),
    SAME("same", "pad so that stride 1 keeps the size"),
    FULL("full", "pad by k-1: every partial overlap counts"),
    CUSTOM("custom", "pad p on every side");

    private final String id;
    private final String explanation;

    PaddingMode(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public Padding resolve(int kernelHeight, int kernelWidth, int dilation, int customPadding) {
        return switch (this) {
            case VALID -> Padding.valid();
            case SAME -> Padding.same(kernelHeight, kernelWidth, dilation);
            case FULL -> Padding.full(kernelHeight, kernelWidth, dilation);
            case CUSTOM -> Padding.uniform(customPadding);
        };
    }

    public static PaddingMode fromId(String id) {
        for (PaddingMode mode : values()) {
            if (mode.id.equalsIgnoreCase(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown padding '" + id + "'; use valid, same, full or a number");
    }
}
