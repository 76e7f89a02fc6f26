package org.cnnlab.engine;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link PixelExplanation} of one output pixel, following {@link ReferenceConvolver}'s formula. */
public final class ConvolutionExplainer {
    private ConvolutionExplainer() {
    }

    public static PixelExplanation explain(FloatPlanes input, Filter filter, ConvGeometry g, int y, int x) {
        int oh = g.outputHeight(input.height(), filter.kernelHeight());
        int ow = g.outputWidth(input.width(), filter.kernelWidth());
        if (y < 0 || x < 0 || y >= oh || x >= ow) {
            throw new IllegalArgumentException("pixel (" + y + ", " + x + ") is outside the " + oh + "x" + ow + " output");
        }
        List<PixelExplanation.ChannelTerms> channels = new ArrayList<>();
        double total = filter.bias();
        for (int c = 0; c < filter.channels(); c++) {
            Kernel k = filter.kernel(c);
            List<PixelExplanation.Term> terms = new ArrayList<>(k.height() * k.width());
            double subtotal = 0;
            for (int i = 0; i < k.height(); i++) {
                for (int j = 0; j < k.width(); j++) {
                    int row = y * g.stride() + i * g.dilation() - g.padding().top();
                    int col = x * g.stride() + j * g.dilation() - g.padding().left();
                    boolean outside = row < 0 || col < 0 || row >= input.height() || col >= input.width();
                    float value = ReferenceConvolver.inputAt(input, c, g, y, x, i, j);
                    PixelExplanation.Term term = new PixelExplanation.Term(i, j, row, col, outside, value, k.get(i, j));
                    subtotal += term.product();
                    terms.add(term);
                }
            }
            channels.add(new PixelExplanation.ChannelTerms(c, terms, subtotal));
            total += subtotal;
        }
        return new PixelExplanation(y, x, channels, filter.bias(), total);
    }
}
