package org.cnnlab.engine;

/**
 * What a convolution reads outside the image when the padding reaches past the border.
 * CNN layers pad with zeros; image editors usually replicate or reflect the edge.
 */
public enum BorderMode implements NamedChoice {
    /** Zeros outside the image: what Keras and PyTorch conv layers do. */
    ZERO("zero", "zeros outside the image, as CNN layers pad"),
    /** The nearest edge pixel repeated: {@code aaa|abcd|ddd}. */
    REPLICATE("replicate", "the edge pixel repeated outwards, as image editors do"),
    /** Mirrored without repeating the edge: {@code dcb|abcd|cba} (NumPy's and PyTorch's "reflect"). */
    REFLECT("reflect", "the image mirrored at its edge, as image editors do");

    private final String id;
    private final String explanation;

    BorderMode(String id, String explanation) {
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

    /**
     * Maps a coordinate that may lie outside {@code [0, size)} to the one this mode reads, or
     * {@code -1} for {@link #ZERO} outside the image.
     */
    public int resolve(int coordinate, int size) {
        if (coordinate >= 0 && coordinate < size) {
            return coordinate;
        }
        return switch (this) {
            case ZERO -> -1;
            case REPLICATE -> coordinate < 0 ? 0 : size - 1;
            case REFLECT -> reflect(coordinate, size);
        };
    }

    private static int reflect(int coordinate, int size) {
        if (size == 1) {
            return 0;
        }
        int period = 2 * (size - 1);
        int c = Math.floorMod(coordinate, period);
        return c < size ? c : period - c;
    }

    public static BorderMode fromId(String id) {
        return NamedChoice.byId(values(), id, "border mode");
    }
}
