package org.cnnlab.engine;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * libnd4j's {@code conv2d} op (the one DL4J's conv layers run) as a convolution engine, in NCHW
 * with weights laid out {@code [outChannels = 1, inChannels, kH, kW]} ({@code OIYX}) and a bias of
 * one value. {@code conv2d} pads only with zeros and only symmetrically, so this engine pads on the
 * Java side, following the {@link BorderMode} and any (also asymmetric) {@link Padding}, and runs
 * the op with valid padding; the stride goes to the op. A dilated kernel is handed to the op
 * already dilated, its taps spread {@code d} apart with zeros between them (a {@code k}-wide kernel
 * becomes {@code d(k - 1) + 1} wide), which gives the same sums: the oneDNN build of libnd4j 1.0.0-M2.1
 * that CNN Lab ships fails {@code conv2d} with any dilation above 1.
 *
 * <p>The input, weight, bias and output arrays are kept between calls with the same shapes and
 * are filled through their NIO buffers, which is several times faster than {@code Nd4j.create}
 * from Java arrays. Calls are serialised on the instance.
 */
public final class Nd4jConvolver implements Convolver {
    private Workspace workspace;

    /**
     * An engine over the shared ND4J natives; throws {@link IllegalStateException} with the
     * reason when ND4J cannot be loaded on this machine.
     */
    public Nd4jConvolver() {
        NativeLibraries.shared().require(NativeLibraries.Library.ND4J);
    }

    /** Starts ND4J's native backend and runs one tiny {@code conv2d} to prove the op works here. */
    static void loadNatives() {
        INDArray input = Nd4j.ones(DataType.FLOAT, 1, 1, 4, 4);
        INDArray weights = Nd4j.ones(DataType.FLOAT, 1, 1, 3, 3);
        INDArray bias = Nd4j.zeros(DataType.FLOAT, 1);
        INDArray output = Nd4j.zeros(DataType.FLOAT, 1, 1, 2, 2);
        Nd4j.getExecutioner().exec(new Conv2D(input, weights, bias, output, config(3, 3, 1, 1)));
        if (output.getFloat(0L) != 9f) {
            throw new IllegalStateException("ND4J's conv2d gave " + output.getFloat(0L) + " for a 3x3 box of ones, expected 9");
        }
    }

    private static Conv2DConfig config(int kernelHeight, int kernelWidth, int stride, int dilation) {
        return Conv2DConfig.builder()
                .kH(kernelHeight).kW(kernelWidth)
                .sH(stride).sW(stride)
                .pH(0).pW(0)
                .dH(dilation).dW(dilation)
                .paddingMode(org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode.VALID)
                .dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.OIYX)
                .build();
    }

    @Override
    public String name() {
        return "nd4j";
    }

    @Override
    public String description() {
        return "ND4J conv2d (libnd4j, native)";
    }

    @Override
    public synchronized void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
        Convolver.checkArguments(input, filter, geometry, out);
        Padding p = geometry.padding();
        int d = geometry.dilation();
        Shape shape = new Shape(input.channels(), input.height() + p.top() + p.bottom(),
                input.width() + p.left() + p.right(), filter.kernelHeight(), filter.kernelWidth(), d,
                out.height(), out.width());
        try {
            if (workspace == null || !workspace.shape.equals(shape)) {
                release();
                workspace = new Workspace(shape);
            }
            workspace.run(input, filter, geometry, out);
        } catch (OutOfMemoryError e) {
            release();
            throw new IllegalStateException("ND4J ran out of native memory for a " + input.shapeText() + " input with a "
                    + filter.kernelHeight() + "x" + filter.kernelWidth() + " kernel; use a smaller image or the java engine", e);
        }
    }

    /** Frees the arrays; the engine allocates them again on its next call. */
    public synchronized void release() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    private record Shape(int channels, int paddedHeight, int paddedWidth, int kernelHeight, int kernelWidth, int dilation,
                         int outHeight, int outWidth) {
        int dilatedHeight() {
            return dilation * (kernelHeight - 1) + 1;
        }

        int dilatedWidth() {
            return dilation * (kernelWidth - 1) + 1;
        }
    }

    /** The arrays for one {@link Shape}, with their NIO views. */
    private static final class Workspace implements AutoCloseable {
        private final Shape shape;
        private final INDArray padded;
        private final INDArray weights;
        private final INDArray bias;
        private final INDArray output;
        private final FloatBuffer paddedBuffer;
        private final FloatBuffer weightBuffer;
        private final FloatBuffer outputBuffer;
        private final float[] row;

        Workspace(Shape shape) {
            this.shape = shape;
            padded = Nd4j.create(DataType.FLOAT, 1, shape.channels(), shape.paddedHeight(), shape.paddedWidth());
            weights = Nd4j.create(DataType.FLOAT, 1, shape.channels(), shape.dilatedHeight(), shape.dilatedWidth());
            bias = Nd4j.create(DataType.FLOAT, 1);
            output = Nd4j.create(DataType.FLOAT, 1, 1, shape.outHeight(), shape.outWidth());
            paddedBuffer = padded.data().asNioFloat();
            weightBuffer = weights.data().asNioFloat();
            outputBuffer = output.data().asNioFloat();
            row = new float[shape.paddedWidth()];
        }

        void run(FloatPlanes input, Filter filter, ConvGeometry g, FloatPlanes out) {
            writePadded(input, g.padding(), g.border());
            writeWeights(filter);
            bias.putScalar(0, filter.bias());
            Conv2D op = new Conv2D(padded, weights, bias, output, config(shape.dilatedHeight(), shape.dilatedWidth(), g.stride(), 1));
            Nd4j.getExecutioner().exec(op);
            outputBuffer.get(0, out.data(), 0, out.data().length);
        }

        /** Writes each channel's kernel into {@link #weights}, its taps {@code dilation} apart. */
        private void writeWeights(Filter filter) {
            int d = shape.dilation();
            int kh = shape.kernelHeight();
            int kw = shape.kernelWidth();
            int dh = shape.dilatedHeight();
            int dw = shape.dilatedWidth();
            if (d == 1) {
                for (int c = 0; c < shape.channels(); c++) {
                    weightBuffer.put(c * kh * kw, filter.kernel(c).weights());
                }
                return;
            }
            for (int i = 0; i < shape.channels() * dh * dw; i++) {
                weightBuffer.put(i, 0f);
            }
            for (int c = 0; c < shape.channels(); c++) {
                float[] taps = filter.kernel(c).weights();
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        weightBuffer.put((c * dh + y * d) * dw + x * d, taps[y * kw + x]);
                    }
                }
            }
        }

        /** Writes the input, padded and with its border filled per {@code border}, into {@link #padded}. */
        private void writePadded(FloatPlanes input, Padding p, BorderMode border) {
            int h = input.height();
            int w = input.width();
            int pw = shape.paddedWidth();
            float[] src = input.data();
            for (int c = 0; c < shape.channels(); c++) {
                int plane = input.planeOffset(c);
                for (int py = 0; py < shape.paddedHeight(); py++) {
                    int sourceRow = border.resolve(py - p.top(), h);
                    if (sourceRow < 0) {
                        Arrays.fill(row, 0f);
                    } else {
                        int rowStart = plane + sourceRow * w;
                        System.arraycopy(src, rowStart, row, p.left(), w);
                        for (int px = 0; px < p.left(); px++) {
                            row[px] = valueAt(src, rowStart, border.resolve(px - p.left(), w));
                        }
                        for (int px = p.left() + w; px < pw; px++) {
                            row[px] = valueAt(src, rowStart, border.resolve(px - p.left(), w));
                        }
                    }
                    paddedBuffer.put((c * shape.paddedHeight() + py) * pw, row, 0, pw);
                }
            }
        }

        private static float valueAt(float[] src, int rowStart, int column) {
            return column < 0 ? 0f : src[rowStart + column];
        }

        @Override
        public void close() {
            padded.close();
            weights.close();
            bias.close();
            output.close();
        }
    }
}
