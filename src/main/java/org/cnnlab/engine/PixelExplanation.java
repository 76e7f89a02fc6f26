package org.cnnlab.engine;

import java.util.List;

/**
 * The arithmetic behind one output pixel of a convolution, written out: for every channel, every
 * kernel tap with the input value it reads, the weight and their product; the per-channel
 * subtotals, the bias and the total. {@code total} equals the engine's output value (up to float
 * rounding).
 *
 * @param outputRow    row of the explained output pixel
 * @param outputColumn column of the explained output pixel
 * @param channels     the terms of each input channel
 * @param bias         the filter's bias
 * @param total        bias plus every product
 */
public record PixelExplanation(int outputRow, int outputColumn, List<ChannelTerms> channels, float bias, double total) {

    public PixelExplanation {
        channels = List.copyOf(channels);
    }

    /**
     * One kernel tap: weight {@code k(i, j)} times the input value at {@code (inputRow,
     * inputColumn)}. When the tap falls in the padding, {@code outside} is true and
     * {@code inputValue} is what the border mode supplies there (0 for zero padding).
     */
    public record Term(int kernelRow, int kernelColumn, int inputRow, int inputColumn, boolean outside,
            float inputValue, float weight) {
        public double product() {
            return (double) weight * inputValue;
        }
    }

    /** The terms of one input channel and their sum. */
    public record ChannelTerms(int channel, List<Term> terms, double subtotal) {
        public ChannelTerms {
            terms = List.copyOf(terms);
        }
    }

    /** The input rectangle the kernel covers, {@code {top, left, bottom, right}} inclusive, possibly outside the image. */
    public int[] inputWindow() {
        List<Term> terms = channels.get(0).terms();
        Term first = terms.get(0);
        Term last = terms.get(terms.size() - 1);
        return new int[] {first.inputRow(), first.inputColumn(), last.inputRow(), last.inputColumn()};
    }

    /** The sum as a teacher writes it: {@code 10·1 + 10·0 + 0·(-1) + … = 30}, one channel. */
    public String formula(int channelIndex) {
        ChannelTerms ct = channels.get(channelIndex);
        StringBuilder sb = new StringBuilder();
        for (Term t : ct.terms()) {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(number(t.inputValue())).append('·').append(t.weight() < 0 ? "(" + number(t.weight()) + ")" : number(t.weight()));
        }
        return sb.append(" = ").append(number(ct.subtotal())).toString();
    }

    /** Numbers as people write them: no trailing zeros, at most 4 decimals. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
