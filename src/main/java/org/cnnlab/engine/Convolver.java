package org.cnnlab.engine;

/**
 * A convolution engine: computes one output map of a conv layer by cross-correlation,
 * <pre>
 *   out(y, x) = b + Σ_c Σ_i Σ_j k_c(i, j) · in_c(y·s + i·d − p_top, x·s + j·d − p_left)
 * </pre>
 * where reads outside the input follow the {@link BorderMode}. Implementations differ only in
 * speed; they must agree with {@link ReferenceConvolver} within 1e-4 of the map's range.
 */
public interface Convolver {

    /** Short, stable name used by the settings and the CLI ({@code --engine}). */
    String name();

    /** One line for the UI: what runs underneath. */
    String description();

    /**
     * Writes the output map of {@code filter} on {@code input} into {@code out}, which must have
     * shape {@code 1 x outputHeight x outputWidth} (see {@link ConvGeometry}).
     */
    void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out);

    /** Allocating convenience form of {@link #correlate(FloatPlanes, Filter, ConvGeometry, FloatPlanes)}. */
    default FloatPlanes correlate(FloatPlanes input, Filter filter, ConvGeometry geometry) {
        geometry.checkFits(input.height(), input.width(), filter.kernelHeight(), filter.kernelWidth());
        FloatPlanes out = FloatPlanes.zeros(1, outputHeight(input, filter, geometry), outputWidth(input, filter, geometry));
        correlate(input, filter, geometry, out);
        return out;
    }

    static int outputHeight(FloatPlanes input, Filter filter, ConvGeometry geometry) {
        return geometry.outputHeight(input.height(), filter.kernelHeight());
    }

    static int outputWidth(FloatPlanes input, Filter filter, ConvGeometry geometry) {
        return geometry.outputWidth(input.width(), filter.kernelWidth());
    }

    /** The argument checks every engine makes before touching native code. */
    static void checkArguments(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
        if (filter.channels() != input.channels()) {
            throw new IllegalArgumentException("the filter has " + filter.channels() + " kernel(s) but the input has "
                    + input.channels() + " channel(s)");
        }
        geometry.checkFits(input.height(), input.width(), filter.kernelHeight(), filter.kernelWidth());
        int oh = outputHeight(input, filter, geometry);
        int ow = outputWidth(input, filter, geometry);
        if (!out.hasShape(1, oh, ow)) {
            throw new IllegalArgumentException("output buffer is " + out.shapeText() + ", expected 1x" + oh + "x" + ow);
        }
    }
}
