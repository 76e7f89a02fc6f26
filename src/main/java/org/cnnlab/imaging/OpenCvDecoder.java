package org.cnnlab.imaging;

import static org.bytedeco.opencv.global.opencv_core.CV_16U;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8U;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.cnnlab.engine.FloatPlanes;

/**
 * OpenCV's {@code imdecode} (native C++, through JavaCPP) with {@code IMREAD_UNCHANGED}, so 16-bit
 * samples and alpha survive. OpenCV stores colour as BGR or BGRA — the order a model trained with
 * OpenCV expects — and reads JPEG, PNG, BMP, TIFF, WebP, PNM, HDR (as 32-bit floats), but not GIF,
 * PSD, TGA, ICO or SVG. The natives load on first use.
 */
public final class OpenCvDecoder implements ImageDecoder {

    @Override
    public String id() {
        return FormatSupport.OPENCV;
    }

    @Override
    public String displayName() {
        return "OpenCV imdecode";
    }

    @Override
    public String description() {
        return "OpenCV 4.5 imdecode (native, via JavaCPP): BGR order, 8/16-bit or float; no GIF, PSD, TGA, ICO, SVG";
    }

    @Override
    public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
        FileKind kind = FileChecks.requireImageFile(file);
        String format = kind.image() ? kind.format() : null;
        if (format == null || !FormatSupport.reads(FormatSupport.OPENCV, format)) {
            if (format == null) {
                format = headerFormat(file);
            }
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED_BY_DECODER,
                    FormatSupport.refusal(FormatSupport.OPENCV, format));
        }
        OpenCvNatives.require();
        long start = System.nanoTime();
        ImageHeader header = probeQuietly(file);
        int pages = 1;
        if ("TIFF".equals(format)) {
            pages = header != null ? header.pageCount() : 1;
        }
        if (options.page() >= pages) {
            throw DecodeErrors.pageMissing(options.page(), pages);
        }
        List<String> warnings = new ArrayList<>();
        int flags = opencv_imgcodecs.IMREAD_UNCHANGED;
        int step = 1;
        if (header != null && header.hasSize() && header.megapixels() > options.maxMegapixels()) {
            if (!options.downsample()) {
                throw DecodeErrors.tooLarge(header.width(), header.height(), options);
            }
            int needed = options.subsamplingFor(header.width(), header.height());
            if (needed > 8) {
                throw new DecodeException(DecodeException.Reason.TOO_LARGE, "this image is " + header.width() + "x"
                        + header.height() + "; OpenCV can only shrink by 2, 4 or 8 while decoding, and even 1/8 is over the "
                        + DecodeErrors.megapixels(options.maxMegapixels()) + " MP limit. Use an ImageIO decoder, which can "
                        + "read every " + DecodeErrors.ordinal(needed) + " pixel");
            }
            step = needed <= 2 ? 2 : needed <= 4 ? 4 : 8;
            flags = step == 2 ? opencv_imgcodecs.IMREAD_REDUCED_COLOR_2
                    : step == 4 ? opencv_imgcodecs.IMREAD_REDUCED_COLOR_4 : opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
            warnings.add("downsampled: OpenCV decoded at 1/" + step + " size, which always gives 8-bit BGR");
        }
        Mat mat = options.page() == 0 ? decodeBytes(file, flags) : decodePage(file, options.page(), flags);
        try {
            if (mat == null || mat.empty()) {
                throw new DecodeException(DecodeException.Reason.CORRUPT, "OpenCV could not decode " + file.getFileName()
                        + ": the " + format + " data is damaged or uses a variant OpenCV does not support. "
                        + "Try an ImageIO decoder");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new DecodeException(DecodeException.Reason.TIMEOUT, "decoding was stopped because it took too long");
            }
            RawPlanes planes = toPlanes(mat, warnings);
            return new DecodedImage(displayName(), format, planes.samples(), planes.order(), planes.sampleType(),
                    System.nanoTime() - start, warnings, options.page(), pages, step);
        } finally {
            if (mat != null) {
                mat.close();
            }
        }
    }

    private static String headerFormat(Path file) {
        ImageHeader header = probeQuietly(file);
        return header == null ? null : header.format();
    }

    private static ImageHeader probeQuietly(Path file) {
        try {
            return ImageProbe.probe(file);
        } catch (DecodeException unreadableHeader) {
            return null;
        }
    }

    private static Mat decodeBytes(Path file, int flags) throws DecodeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DecodeException(DecodeException.Reason.NOT_FOUND, "the file " + file.getFileName()
                    + " cannot be read (" + e.getMessage() + ")", e);
        }
        try (BytePointer data = new BytePointer(bytes); Mat buffer = new Mat(1, bytes.length, CV_8U, data)) {
            return opencv_imgcodecs.imdecode(buffer, flags);
        }
    }

    private static Mat decodePage(Path file, int page, int flags) {
        try (MatVector pages = new MatVector()) {
            boolean ok = opencv_imgcodecs.imreadmulti(file.toAbsolutePath().toString(), pages, page, 1, flags);
            if (!ok || pages.size() == 0) {
                return null;
            }
            return pages.get(0).clone();
        }
    }

    /** Copies a continuous {@code Mat} (interleaved HWC) into planes (CHW), keeping OpenCV's channel order. */
    static RawPlanes toPlanes(Mat source, List<String> warnings) {
        Mat mat = source.isContinuous() ? source : source.clone();
        int h = mat.rows();
        int w = mat.cols();
        int c = mat.channels();
        ChannelOrder order = switch (c) {
            case 1 -> ChannelOrder.GRAY;
            case 2 -> ChannelOrder.GRAY_ALPHA;
            case 3 -> ChannelOrder.BGR;
            case 4 -> ChannelOrder.BGRA;
            default -> throw new IllegalStateException("OpenCV returned " + c + " channels");
        };
        int n = h * w * c;
        float[] interleaved = new float[n];
        SampleType type;
        int depth = mat.depth();
        if (depth == CV_8U) {
            byte[] raw = new byte[n];
            ((ByteBuffer) mat.createBuffer()).get(raw);
            for (int i = 0; i < n; i++) {
                interleaved[i] = raw[i] & 0xFF;
            }
            type = SampleType.UINT8;
        } else if (depth == CV_16U) {
            short[] raw = new short[n];
            ((ShortBuffer) mat.createBuffer()).get(raw);
            for (int i = 0; i < n; i++) {
                interleaved[i] = raw[i] & 0xFFFF;
            }
            type = SampleType.UINT16;
        } else if (depth == CV_32F) {
            ((FloatBuffer) mat.createBuffer()).get(interleaved);
            type = SampleType.FLOAT32;
        } else {
            try (Mat floats = new Mat()) {
                mat.convertTo(floats, CV_32F);
                ((FloatBuffer) floats.createBuffer()).get(interleaved);
            }
            warnings.add("OpenCV stored this image with an unusual sample type (depth " + depth
                    + "); its values were converted to 32-bit floats unchanged");
            type = SampleType.FLOAT32;
        }
        FloatPlanes planes = FloatPlanes.zeros(c, h, w);
        float[] out = planes.data();
        int plane = h * w;
        for (int i = 0; i < plane; i++) {
            for (int k = 0; k < c; k++) {
                out[k * plane + i] = interleaved[i * c + k];
            }
        }
        if (mat != source) {
            mat.close();
        }
        return new RawPlanes(planes, order, type);
    }
}
