package org.cnnlab.engine;

/** The padding choices a user picks from; {@link #resolve} turns one into concrete {@link Padding}. */
public enum PaddingMode implements NamedChoice {
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

    @Override
    public String id() {
        return id;
    }

    @Override
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
        return NamedChoice.byId(values(), id, "padding");
    }
}
