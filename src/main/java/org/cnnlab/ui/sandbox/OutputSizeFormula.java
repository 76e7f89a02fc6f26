package org.cnnlab.ui.sandbox;

import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.Padding;
import org.cnnlab.ui.controls.NumberText;

/**
 * The output-size formula {@code floor((n + 2p − k) / s) + 1} written out with the user's numbers,
 * e.g. {@code floor((512 + 2·1 − 3) / 2) + 1 = 256}. Uneven padding (same padding of an even
 * kernel) is written as its two sides, and dilation {@code d} replaces {@code k} by the effective
 * size {@code d·(k − 1) + 1}.
 */
public final class OutputSizeFormula {

    private OutputSizeFormula() {
    }

    /** The formula for both axes: one line when they agree, else one line per axis. */
    public static String text(int inputHeight, int inputWidth, int kernelHeight, int kernelWidth, ConvGeometry g) {
        Padding p = g.padding();
        String rows = axis(inputHeight, p.top(), p.bottom(), kernelHeight, g);
        String columns = axis(inputWidth, p.left(), p.right(), kernelWidth, g);
        if (rows.equals(columns)) {
            return "height and width: " + rows;
        }
        return "height: " + rows + "\nwidth: " + columns;
    }

    /** One axis, e.g. {@code floor((6 + 2·0 − 3) / 1) + 1 = 4}. */
    static String axis(int n, int before, int after, int k, ConvGeometry g) {
        int d = g.dilation();
        int s = g.stride();
        int effective = d * (k - 1) + 1;
        String padding = before == after ? "2·" + before : before + " + " + after;
        String kernel = d == 1 ? Integer.toString(k) : "(" + d + "·(" + k + " − 1) + 1)";
        int span = n + before + after - effective;
        if (span < 0) {
            return "(" + n + " + " + padding + " − " + kernel + ") = " + span
                    + " < 0: the kernel does not fit, so there is no output";
        }
        int out = ConvGeometry.outputSize(n, before + after, k, s, d);
        String numerator = n + " + " + padding + " − " + kernel;
        return "floor((" + numerator + ") / " + s + ") + 1 = " + out;
    }

    /** What the kernel's weight sum does to brightness: a flat area of value v comes out as {@code v · sum (+ bias)}. */
    public static String brightnessEffect(double sum) {
        String s = NumberText.format(sum, 3);
        if (Math.abs(sum) < 1e-6) {
            return "weights sum to 0: flat areas become 0, only change (edges, texture) shows";
        }
        if (Math.abs(sum - 1) < 1e-6) {
            return "weights sum to 1: flat areas keep their brightness";
        }
        if (sum > 1) {
            return "weights sum to " + s + ": flat areas get " + s + " times brighter";
        }
        if (sum > 0) {
            return "weights sum to " + s + ": flat areas get darker (" + s + " times their value)";
        }
        return "weights sum to " + s + ": flat areas come out negative, brightness is inverted";
    }
}
