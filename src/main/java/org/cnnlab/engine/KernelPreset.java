package org.cnnlab.engine;

import java.util.Locale;

/** The classic hand-made kernels, each with the one line a teacher would say about it. */
public enum KernelPreset {
    IDENTITY("Identity", "returns the input unchanged: a single 1 in the centre", Kernel.identity(3)),
    BOX_BLUR("Box blur", "every pixel becomes the mean of its 3x3 neighbourhood", scaled(9, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
    GAUSSIAN_3("Gaussian 3x3", "a blur that weighs near pixels more than far ones",
            scaled(16, 1, 2, 1, 2, 4, 2, 1, 2, 1)),
    GAUSSIAN_5("Gaussian 5x5", "a wider, smoother Gaussian blur (binomial 1 4 6 4 1)", gaussian5()),
    SHARPEN("Sharpen", "adds the difference from the neighbours back: edges get crisper",
            square(0, -1, 0, -1, 5, -1, 0, -1, 0)),
    SOBEL_X("Sobel x", "responds to vertical edges: right side brighter gives positive values",
            square(-1, 0, 1, -2, 0, 2, -1, 0, 1)),
    SOBEL_Y("Sobel y", "responds to horizontal edges: lower side brighter gives positive values",
            square(-1, -2, -1, 0, 0, 0, 1, 2, 1)),
    PREWITT_X("Prewitt x", "a vertical-edge detector with equal row weights", square(-1, 0, 1, -1, 0, 1, -1, 0, 1)),
    PREWITT_Y("Prewitt y", "a horizontal-edge detector with equal column weights",
            square(-1, -1, -1, 0, 0, 0, 1, 1, 1)),
    SCHARR_X("Scharr x", "a vertical-edge detector tuned to treat all directions more equally",
            square(-3, 0, 3, -10, 0, 10, -3, 0, 3)),
    LAPLACIAN_4("Laplacian (4 neighbours)", "responds where brightness curves: edges and spots, in any direction",
            square(0, 1, 0, 1, -4, 1, 0, 1, 0)),
    LAPLACIAN_8("Laplacian (8 neighbours)", "like the 4-neighbour Laplacian, diagonals included",
            square(1, 1, 1, 1, -8, 1, 1, 1, 1)),
    EMBOSS("Emboss", "lights the image from the top left: it looks raised", square(-2, -1, 0, -1, 1, 1, 0, 1, 2)),
    OUTLINE("Outline", "keeps only what differs from its neighbours: outlines on black",
            square(-1, -1, -1, -1, 8, -1, -1, -1, -1)),
    MOTION_BLUR("Motion blur", "averages along a diagonal, as if the camera moved", motionBlur(7)),
    TEXTBOOK_VERTICAL_EDGE("Textbook vertical edge", "the classic [1,0,-1] edge detector: bright-to-dark from left to right",
            square(1, 0, -1, 1, 0, -1, 1, 0, -1)),
    VERTICAL_LINE_7("Vertical line 7x7", "a column of ones: responds to vertical lines", line(7, true)),
    HORIZONTAL_LINE_7("Horizontal line 7x7", "a row of ones: responds to horizontal lines", line(7, false));

    private final String displayName;
    private final String explanation;
    private final Kernel kernel;

    KernelPreset(String displayName, String explanation, Kernel kernel) {
        this.displayName = displayName;
        this.explanation = explanation;
        this.kernel = kernel;
    }

    public String displayName() {
        return displayName;
    }

    public String explanation() {
        return explanation;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** CLI id, e.g. {@code sobel-x}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static KernelPreset fromId(String id) {
        for (KernelPreset p : values()) {
            if (p.id().equalsIgnoreCase(id)) {
                return p;
            }
        }
        StringBuilder known = new StringBuilder();
        for (KernelPreset p : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(p.id());
        }
        throw new IllegalArgumentException("unknown preset '" + id + "'; known presets: " + known);
    }

    private static Kernel square(float... w) {
        int size = (int) Math.round(Math.sqrt(w.length));
        return Kernel.of(size, size, w);
    }

    private static Kernel scaled(float divisor, float... w) {
        float[] s = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            s[i] = w[i] / divisor;
        }
        return square(s);
    }

    private static Kernel gaussian5() {
        float[] b = {1, 4, 6, 4, 1};
        float[] w = new float[25];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                w[i * 5 + j] = b[i] * b[j] / 256f;
            }
        }
        return square(w);
    }

    private static Kernel motionBlur(int size) {
        float[] w = new float[size * size];
        for (int i = 0; i < size; i++) {
            w[i * size + i] = 1f / size;
        }
        return square(w);
    }

    private static Kernel line(int size, boolean vertical) {
        float[] w = new float[size * size];
        int mid = size / 2;
        for (int i = 0; i < size; i++) {
            w[vertical ? i * size + mid : mid * size + i] = 1f;
        }
        return square(w);
    }
}
