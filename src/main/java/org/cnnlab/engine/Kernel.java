package org.cnnlab.engine;

import java.util.Arrays;
import java.util.Random;

/**
 * A two-dimensional convolution kernel (filter weights) of {@code height x width} values in
 * row-major order. Kernels are immutable: every operation returns a new kernel.
 *
 * <p>CNN layers (and this app) apply kernels by cross-correlation, {@code out(y,x) = Σ_i Σ_j
 * k(i,j) · in(y+i, x+j)}; the mathematical convolution of image processing is the same with the
 * kernel {@linkplain #rotated180() rotated by 180°}.
 */
public final class Kernel {
    /** Largest side the editor and engines accept. */
    public static final int MAX_SIZE = 11;

    private final int height;
    private final int width;
    private final float[] weights;

    private Kernel(int height, int width, float[] weights) {
        this.height = height;
        this.width = width;
        this.weights = weights;
    }

    /** A kernel from row-major {@code weights}; rejects sizes outside 1..11 and non-finite values. */
    public static Kernel of(int height, int width, float... weights) {
        if (height < 1 || width < 1 || height > MAX_SIZE || width > MAX_SIZE) {
            throw new IllegalArgumentException("a kernel must be between 1x1 and " + MAX_SIZE + "x" + MAX_SIZE
                    + ", got " + height + "x" + width);
        }
        if (weights.length != height * width) {
            throw new IllegalArgumentException("a " + height + "x" + width + " kernel needs " + (height * width)
                    + " values, got " + weights.length);
        }
        for (int i = 0; i < weights.length; i++) {
            if (!Float.isFinite(weights[i])) {
                throw new IllegalArgumentException("kernel value at row " + (i / width + 1) + ", column "
                        + (i % width + 1) + " is " + weights[i] + "; every value must be a finite number");
            }
        }
        return new Kernel(height, width, weights.clone());
    }

    /** A kernel from rows, e.g. {@code of(new float[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}})}. */
    public static Kernel of(float[][] rows) {
        int h = rows.length;
        int w = h == 0 ? 0 : rows[0].length;
        float[] flat = new float[h * w];
        for (int y = 0; y < h; y++) {
            if (rows[y].length != w) {
                throw new IllegalArgumentException("kernel row " + (y + 1) + " has " + rows[y].length
                        + " values, expected " + w);
            }
            System.arraycopy(rows[y], 0, flat, y * w, w);
        }
        return of(h, w, flat);
    }

    /**
     * Parses rows separated by {@code ;} or new lines, values separated by commas, spaces or tabs,
     * e.g. {@code "1,0,-1; 1,0,-1; 1,0,-1"}. Decimal point only: "1,5" is two values.
     */
    public static Kernel parse(String text) {
        String[] rowTexts = text.trim().split("\\s*(;|\\R)\\s*");
        float[][] rows = new float[rowTexts.length][];
        for (int r = 0; r < rowTexts.length; r++) {
            String[] cells = rowTexts[r].trim().split("[,\\s]+");
            rows[r] = new float[cells.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    rows[r][c] = Float.parseFloat(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("kernel value '" + cells[c] + "' at row " + (r + 1)
                            + ", column " + (c + 1) + " is not a number");
                }
            }
        }
        return of(rows);
    }

    /** A {@code size x size} kernel of zeros. */
    public static Kernel zeros(int size) {
        return of(size, size, new float[size * size]);
    }

    /** The identity kernel: a single 1 in the centre (top-left of centre for even sizes). */
    public static Kernel identity(int size) {
        float[] w = new float[size * size];
        w[(size - 1) / 2 * size + (size - 1) / 2] = 1f;
        return of(size, size, w);
    }

    /** Uniform random weights in [-1, 1) from {@code seed}, so "random" is reproducible. */
    public static Kernel random(int size, long seed) {
        Random random = new Random(seed);
        float[] w = new float[size * size];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextFloat() * 2f - 1f;
        }
        return of(size, size, w);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public float get(int row, int column) {
        return weights[row * width + column];
    }

    /** A copy of the weights, row-major. */
    public float[] weights() {
        return weights.clone();
    }

    /** Sum of all weights: 0 removes flat brightness, 1 keeps it, above 1 brightens. */
    public double sum() {
        double s = 0;
        for (float w : weights) {
            s += w;
        }
        return s;
    }

    /** This kernel with one weight replaced. */
    public Kernel with(int row, int column, float value) {
        float[] w = weights.clone();
        w[row * width + column] = value;
        return of(height, width, w);
    }

    /** Divides every weight by the sum, so a flat image keeps its brightness; refused when the sum is 0. */
    public Kernel normalised() {
        double s = sum();
        if (Math.abs(s) < 1e-12) {
            throw new IllegalArgumentException("this kernel's weights sum to 0, so it cannot be normalised "
                    + "(it measures change, not brightness)");
        }
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (weights[i] / s);
        }
        return of(height, width, w);
    }

    /** Mirror left to right. */
    public Kernel flippedHorizontally() {
        float[] w = new float[weights.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                w[y * width + x] = weights[y * width + (width - 1 - x)];
            }
        }
        return of(height, width, w);
    }

    /** Mirror top to bottom. */
    public Kernel flippedVertically() {
        float[] w = new float[weights.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(weights, (height - 1 - y) * width, w, y * width, width);
        }
        return of(height, width, w);
    }

    /** Rows become columns: {@code k'(i,j) = k(j,i)}. */
    public Kernel transposed() {
        float[] w = new float[weights.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                w[x * height + y] = weights[y * width + x];
            }
        }
        return of(width, height, w);
    }

    /** Rotated 90° clockwise: {@code k'(i,j) = k(h-1-j, i)}. */
    public Kernel rotatedClockwise() {
        return transposed().flippedHorizontally();
    }

    /** Rotated 180°: turns cross-correlation into true convolution and back. */
    public Kernel rotated180() {
        return flippedHorizontally().flippedVertically();
    }

    /** Weights as rows, for display and JSON. */
    public float[][] rows() {
        float[][] rows = new float[height][width];
        for (int y = 0; y < height; y++) {
            System.arraycopy(weights, y * width, rows[y], 0, width);
        }
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kernel k && k.height == height && k.width == width && Arrays.equals(k.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * height + width) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                sb.append("; ");
            }
            for (int x = 0; x < width; x++) {
                if (x > 0) {
                    sb.append(',');
                }
                sb.append(formatWeight(get(y, x)));
            }
        }
        return sb.toString();
    }

    private static String formatWeight(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7 ? Integer.toString((int) v) : Float.toString(v);
    }
}
