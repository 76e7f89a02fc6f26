package org.cnnlab.engine;

/** How the sandbox treats the colours of its input image. */
public enum ColorMode implements NamedChoice {
    /** One k×k kernel on the luma (gray) image: one map per filter. */
    GRAY("gray", 1, "one kernel on the gray image"),
    /** One kernel per colour channel plus a bias, summed into one map, as a real conv layer does. */
    RGB("rgb", 3, "one kernel per colour channel, summed into one map (a real conv layer)"),
    /** One kernel per colour channel, each giving its own map (depthwise convolution). */
    DEPTHWISE("depthwise", 3, "one kernel per colour channel, each giving its own map");

    private final String id;
    private final int inputChannels;
    private final String explanation;

    ColorMode(String id, int inputChannels, String explanation) {
        this.id = id;
        this.inputChannels = inputChannels;
        this.explanation = explanation;
    }

    @Override
    public String id() {
        return id;
    }

    /** Channels the input image must have in this mode. */
    public int inputChannels() {
        return inputChannels;
    }

    @Override
    public String explanation() {
        return explanation;
    }

    public static ColorMode fromId(String id) {
        return NamedChoice.byId(values(), id, "mode");
    }
}
