package org.cnnlab.engine;

/**
 * The oracle: cross-correlation written exactly as the formula in {@link Convolver}, one output
 * pixel at a time, in double precision. Slow, obvious and the yardstick every other engine is
 * tested against.
 */
public final class ReferenceConvolver implements Convolver {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String description() {
        return "plain Java, one pixel at a time, exactly the formula (slow; the oracle)";
    }

    @Override
    public void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
        Convolver.checkArguments(input, filter, geometry, out);
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                out.set(0, y, x, (float) outputPixel(input, filter, geometry, y, x));
            }
        }
    }

    /** The value of output pixel {@code (y, x)}, in double precision. */
    public static double outputPixel(FloatPlanes input, Filter filter, ConvGeometry geometry, int y, int x) {
        double sum = filter.bias();
        for (int c = 0; c < filter.channels(); c++) {
            Kernel k = filter.kernel(c);
            for (int i = 0; i < k.height(); i++) {
                for (int j = 0; j < k.width(); j++) {
                    sum += (double) k.get(i, j) * inputAt(input, c, geometry, y, x, i, j);
                }
            }
        }
        return sum;
    }

    /** The input value that kernel tap {@code (i, j)} reads for output pixel {@code (y, x)}, border included. */
    public static float inputAt(FloatPlanes input, int channel, ConvGeometry g, int y, int x, int i, int j) {
        int row = y * g.stride() + i * g.dilation() - g.padding().top();
        int col = x * g.stride() + j * g.dilation() - g.padding().left();
        int r = g.border().resolve(row, input.height());
        int q = g.border().resolve(col, input.width());
        return r < 0 || q < 0 ? 0f : input.get(channel, r, q);
    }
}
