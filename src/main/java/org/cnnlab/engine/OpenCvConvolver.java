package org.cnnlab.engine;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REFLECT_101;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * OpenCV's {@code filter2D} (native, multi-threaded) as a convolution engine. {@code filter2D}
 * is a cross-correlation, like a conv layer: for each channel it computes
 * {@code dst(y, x) = Σ_a Σ_b kd(a, b) · src(y + a − anchor_y, x + b − anchor_x)} with the kernel
 * {@code kd} dilated by inserting zeros ({@code kd(i·d, j·d) = k(i, j)}), and the channels are
 * added up, the bias coming in as {@code filter2D}'s {@code delta}.
 *
 * <p>Padding that keeps the size at stride 1 (any split of {@code k_eff − 1}, so also the
 * asymmetric "same" of even kernels) runs as one {@code filter2D} per channel with the anchor at
 * {@code (p_left, p_top)} and OpenCV's own border handling. Any other padding first pads the
 * plane with {@code copyMakeBorder}, correlates with the anchor at the kernel's corner and keeps
 * every {@code s}-th row and column. Border modes map to OpenCV as zero → {@code BORDER_CONSTANT}
 * (0), replicate → {@code BORDER_REPLICATE}, reflect → {@code BORDER_REFLECT_101} (the edge pixel
 * is not repeated, as in {@link BorderMode#REFLECT}).
 *
 * <p>The native buffers are kept between calls with the same shapes, since the sandbox calls this
 * on every edit; a call copies the input planes in and the output map out, nothing more (Java
 * arrays cannot be handed to native code without a copy; for 1080p RGB the two copies take about
 * 1.5 ms of the call). Calls are serialised on the instance.
 */
public final class OpenCvConvolver implements Convolver {
    private Workspace workspace;

    /**
     * An engine over the shared OpenCV natives; throws {@link IllegalStateException} with the
     * reason when OpenCV cannot be loaded on this machine.
     */
    public OpenCvConvolver() {
        NativeLibraries.shared().require(NativeLibraries.Library.OPENCV);
    }

    /** Loads OpenCV's core and imgproc natives and gives OpenCV one thread per core. */
    static void loadNatives() {
        Loader.load(opencv_core.class);
        Loader.load(opencv_imgproc.class);
        opencv_core.setNumThreads(Runtime.getRuntime().availableProcessors());
        try (Mat probe = new Mat(4, 4, CV_32F, new Scalar(1.0)); Mat kernel = new Mat(3, 3, CV_32F, new Scalar(1.0));
             Mat result = new Mat()) {
            opencv_imgproc.filter2D(probe, result, CV_32F, kernel);
        }
    }

    @Override
    public String name() {
        return "opencv";
    }

    @Override
    public String description() {
        return "OpenCV filter2D (native, " + opencv_core.getNumThreads() + " thread(s))";
    }

    @Override
    public synchronized void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
        Convolver.checkArguments(input, filter, geometry, out);
        Shape shape = Shape.of(input, filter, geometry);
        try {
            if (workspace == null || !workspace.shape.equals(shape)) {
                release();
                workspace = new Workspace(shape);
            }
            workspace.run(input, filter, geometry, out);
        } catch (OutOfMemoryError e) {
            release();
            throw new IllegalStateException("OpenCV ran out of native memory for a " + input.shapeText()
                    + " input; use a smaller image or the java engine", e);
        }
    }

    /** Frees the native buffers; the engine allocates them again on its next call. */
    public synchronized void release() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    static int borderType(BorderMode border) {
        return switch (border) {
            case ZERO -> BORDER_CONSTANT;
            case REPLICATE -> BORDER_REPLICATE;
            case REFLECT -> BORDER_REFLECT_101;
        };
    }

    /** Everything the native buffers depend on. */
    private record Shape(int channels, int height, int width, int kernelHeight, int kernelWidth, int dilation,
                         Padding padding, int outHeight, int outWidth, boolean sameSize) {
        static Shape of(FloatPlanes input, Filter filter, ConvGeometry g) {
            int effH = g.dilation() * (filter.kernelHeight() - 1) + 1;
            int effW = g.dilation() * (filter.kernelWidth() - 1) + 1;
            Padding p = g.padding();
            boolean sameSize = g.stride() == 1 && p.top() + p.bottom() == effH - 1 && p.left() + p.right() == effW - 1;
            return new Shape(input.channels(), input.height(), input.width(), filter.kernelHeight(),
                    filter.kernelWidth(), g.dilation(), p, Convolver.outputHeight(input, filter, g),
                    Convolver.outputWidth(input, filter, g), sameSize);
        }

        int effectiveHeight() {
            return dilation * (kernelHeight - 1) + 1;
        }

        int effectiveWidth() {
            return dilation * (kernelWidth - 1) + 1;
        }

        int paddedHeight() {
            return height + padding.top() + padding.bottom();
        }

        int paddedWidth() {
            return width + padding.left() + padding.right();
        }
    }

    /** The native buffers for one {@link Shape}. */
    private static final class Workspace implements AutoCloseable {
        private final Shape shape;
        private final List<Pointer> owned = new ArrayList<>();
        private final FloatPointer[] planeData;
        private final Mat[] planes;
        private final FloatPointer[] kernelData;
        private final Mat[] kernels;
        private final Mat padded;
        private final FloatPointer sumData;
        private final Mat sum;
        private final Mat term;
        private final int sumWidth;
        private final float[] row;
        private final Scalar zero;
        private final Point anchor;

        Workspace(Shape shape) {
            this.shape = shape;
            int planeSize = shape.height() * shape.width();
            planeData = new FloatPointer[shape.channels()];
            planes = new Mat[shape.channels()];
            kernelData = new FloatPointer[shape.channels()];
            kernels = new Mat[shape.channels()];
            int kernelSize = shape.effectiveHeight() * shape.effectiveWidth();
            for (int c = 0; c < shape.channels(); c++) {
                planeData[c] = own(new FloatPointer(planeSize));
                planes[c] = own(new Mat(shape.height(), shape.width(), CV_32F, planeData[c]));
                kernelData[c] = own(new FloatPointer(kernelSize));
                kernels[c] = own(new Mat(shape.effectiveHeight(), shape.effectiveWidth(), CV_32F, kernelData[c]));
            }
            int sumHeight = shape.sameSize() ? shape.height() : shape.paddedHeight();
            sumWidth = shape.sameSize() ? shape.width() : shape.paddedWidth();
            sumData = own(new FloatPointer((long) sumHeight * sumWidth));
            sum = own(new Mat(sumHeight, sumWidth, CV_32F, sumData));
            term = own(new Mat(sumHeight, sumWidth, CV_32F));
            padded = shape.sameSize() ? null : own(new Mat(shape.paddedHeight(), shape.paddedWidth(), CV_32F));
            row = new float[sumWidth];
            zero = own(new Scalar(0.0));
            anchor = shape.sameSize()
                    ? own(new Point(shape.padding().left(), shape.padding().top()))
                    : own(new Point(0, 0));
        }

        private <P extends Pointer> P own(P pointer) {
            owned.add(pointer);
            return pointer;
        }

        void run(FloatPlanes input, Filter filter, ConvGeometry g, FloatPlanes out) {
            int planeSize = shape.height() * shape.width();
            for (int c = 0; c < shape.channels(); c++) {
                planeData[c].position(0).put(input.data(), c * planeSize, planeSize);
            }
            writeDilatedKernels(filter, g.dilation());
            int border = borderType(g.border());
            Padding p = g.padding();
            for (int c = 0; c < shape.channels(); c++) {
                Mat source = planes[c];
                if (!shape.sameSize()) {
                    opencv_core.copyMakeBorder(planes[c], padded, p.top(), p.bottom(), p.left(), p.right(), border, zero);
                    source = padded;
                }
                Mat target = c == 0 ? sum : term;
                double delta = c == 0 ? filter.bias() : 0.0;
                opencv_imgproc.filter2D(source, target, CV_32F, kernels[c], anchor, delta,
                        shape.sameSize() ? border : BORDER_CONSTANT);
                if (c > 0) {
                    opencv_core.add(sum, term, sum);
                }
            }
            copyOut(g.stride(), out);
        }

        private void writeDilatedKernels(Filter filter, int d) {
            int effW = shape.effectiveWidth();
            float[] dilated = new float[shape.effectiveHeight() * effW];
            for (int c = 0; c < shape.channels(); c++) {
                Kernel k = filter.kernel(c);
                for (int i = 0; i < k.height(); i++) {
                    for (int j = 0; j < k.width(); j++) {
                        dilated[i * d * effW + j * d] = k.get(i, j);
                    }
                }
                kernelData[c].position(0).put(dilated, 0, dilated.length);
            }
        }

        /** Output (y, x) is the sum at (y·s, x·s): the windows whose corner lies on the stride grid. */
        private void copyOut(int stride, FloatPlanes out) {
            float[] dst = out.data();
            int ow = out.width();
            if (shape.sameSize()) {
                sumData.position(0).get(dst, 0, dst.length);
                return;
            }
            for (int y = 0; y < out.height(); y++) {
                sumData.position((long) y * stride * sumWidth);
                if (stride == 1) {
                    sumData.get(dst, y * ow, ow);
                } else {
                    int span = (ow - 1) * stride + 1;
                    sumData.get(row, 0, span);
                    for (int x = 0; x < ow; x++) {
                        dst[y * ow + x] = row[x * stride];
                    }
                }
            }
            sumData.position(0);
        }

        @Override
        public void close() {
            for (int i = owned.size() - 1; i >= 0; i--) {
                owned.get(i).close();
            }
            owned.clear();
        }
    }
}
