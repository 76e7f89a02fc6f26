package org.cnnlab.engine;

/**
 * Where a kernel visits the input: padding, what lies beyond the border, stride {@code s} and
 * dilation {@code d}. The output size along one axis is
 * {@code floor((n + p_before + p_after - k_eff) / s) + 1} with {@code k_eff = d·(k - 1) + 1}, which
 * is the textbook {@code floor((n + 2p - k) / s) + 1} for uniform padding and no dilation.
 */
public record ConvGeometry(Padding padding, BorderMode border, int stride, int dilation) {
    public static final int MAX_STRIDE = 4;
    public static final int MAX_DILATION = 3;

    public ConvGeometry {
        if (stride < 1 || stride > MAX_STRIDE) {
            throw new IllegalArgumentException("stride must be between 1 and " + MAX_STRIDE + ", got " + stride);
        }
        if (dilation < 1 || dilation > MAX_DILATION) {
            throw new IllegalArgumentException("dilation must be between 1 and " + MAX_DILATION + ", got " + dilation);
        }
    }

    /** Valid padding, stride 1, no dilation. */
    public static ConvGeometry valid() {
        return new ConvGeometry(Padding.valid(), BorderMode.ZERO, 1, 1);
    }

    /** Output size along one axis; {@link #checkFits} tells why it is not positive. */
    public static int outputSize(int inputSize, int paddingTotal, int kernelSize, int stride, int dilation) {
        int effective = dilation * (kernelSize - 1) + 1;
        int span = inputSize + paddingTotal - effective;
        return span < 0 ? 0 : span / stride + 1;
    }

    public int outputHeight(int inputHeight, int kernelHeight) {
        return outputSize(inputHeight, padding.top() + padding.bottom(), kernelHeight, stride, dilation);
    }

    public int outputWidth(int inputWidth, int kernelWidth) {
        return outputSize(inputWidth, padding.left() + padding.right(), kernelWidth, stride, dilation);
    }

    /** Throws with a human explanation when the kernel does not fit in the padded input. */
    public void checkFits(int inputHeight, int inputWidth, int kernelHeight, int kernelWidth) {
        if (outputHeight(inputHeight, kernelHeight) < 1 || outputWidth(inputWidth, kernelWidth) < 1) {
            int eh = dilation * (kernelHeight - 1) + 1;
            int ew = dilation * (kernelWidth - 1) + 1;
            throw new IllegalArgumentException("the kernel covers " + eh + "x" + ew + " pixels (with dilation "
                    + dilation + ") but the padded input is only "
                    + (inputHeight + padding.top() + padding.bottom()) + "x"
                    + (inputWidth + padding.left() + padding.right()) + "; use more padding or a smaller kernel");
        }
    }
}
