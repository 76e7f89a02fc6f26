package org.cnnlab.engine;

/**
 * How many rows and columns are added around the input before a convolution. With the effective
 * kernel size {@code k_eff = d·(k - 1) + 1} for dilation {@code d}:
 * <ul>
 *   <li>valid: none, the output shrinks by {@code k_eff - 1};</li>
 *   <li>same: {@code k_eff - 1} in total, split with the extra one after (as TensorFlow does), so at
 *       stride 1 the output keeps the input size;</li>
 *   <li>full: {@code k_eff - 1} on every side, every partial overlap counts;</li>
 *   <li>custom: {@code p} on every side.</li>
 * </ul>
 */
public record Padding(int top, int bottom, int left, int right) {

    public Padding {
        if (top < 0 || bottom < 0 || left < 0 || right < 0) {
            throw new IllegalArgumentException("padding cannot be negative");
        }
    }

    public static Padding valid() {
        return new Padding(0, 0, 0, 0);
    }

    public static Padding uniform(int p) {
        return new Padding(p, p, p, p);
    }

    public static Padding same(int kernelHeight, int kernelWidth, int dilation) {
        int th = dilation * (kernelHeight - 1);
        int tw = dilation * (kernelWidth - 1);
        return new Padding(th / 2, th - th / 2, tw / 2, tw - tw / 2);
    }

    public static Padding full(int kernelHeight, int kernelWidth, int dilation) {
        int th = dilation * (kernelHeight - 1);
        int tw = dilation * (kernelWidth - 1);
        return new Padding(th, th, tw, tw);
    }

    public boolean isZero() {
        return top == 0 && bottom == 0 && left == 0 && right == 0;
    }

    /** True when every side has the same padding {@code p}, the case the textbook formula covers. */
    public boolean isUniform() {
        return top == bottom && left == right && top == left;
    }
}
