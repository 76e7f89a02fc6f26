package org.cnnlab.imaging;

/**
 * The order in which a decoder stores the colour channels of a pixel. The same photograph is RGB to
 * ImageIO, ARGB to JavaFX and BGR to OpenCV; a model trained on one order sees swapped colours in
 * another.
 */
public enum ChannelOrder {
    GRAY("gray", -1, -1, -1, -1),
    GRAY_ALPHA("gray+alpha", -1, -1, -1, 1),
    RGB("RGB", 0, 1, 2, -1),
    RGBA("RGBA", 0, 1, 2, 3),
    ARGB("ARGB", 1, 2, 3, 0),
    BGR("BGR", 2, 1, 0, -1),
    BGRA("BGRA", 2, 1, 0, 3);

    private final String label;
    private final int red;
    private final int green;
    private final int blue;
    private final int alpha;

    ChannelOrder(String label, int red, int green, int blue, int alpha) {
        this.label = label;
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.alpha = alpha;
    }

    public String label() {
        return label;
    }

    /** Number of stored channels. */
    public int channels() {
        return label.equals("gray") ? 1 : label.equals("gray+alpha") ? 2 : hasAlpha() ? 4 : 3;
    }

    public boolean isGray() {
        return red < 0;
    }

    public boolean hasAlpha() {
        return alpha >= 0;
    }

    /** Index of the red channel in storage order; for gray images, 0 (the gray plane). */
    public int redIndex() {
        return isGray() ? 0 : red;
    }

    public int greenIndex() {
        return isGray() ? 0 : green;
    }

    public int blueIndex() {
        return isGray() ? 0 : blue;
    }

    /** Index of the alpha channel, or -1. */
    public int alphaIndex() {
        return alpha;
    }

    /** Names of the stored channels in order, e.g. {@code [B, G, R]}. */
    public String[] channelNames() {
        String[] names = new String[channels()];
        if (isGray()) {
            names[0] = "gray";
        } else {
            names[red] = "R";
            names[green] = "G";
            names[blue] = "B";
        }
        if (hasAlpha()) {
            names[alpha] = "A";
        }
        return names;
    }
}
