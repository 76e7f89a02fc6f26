package org.cnnlab.imaging;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cnnlab.engine.FloatPlanes;

/**
 * One ImageIO decode under a {@link ReaderPolicy}: pick the reader, read the page's size from the
 * header, refuse or subsample an image over the megapixel limit, read with warnings collected, and
 * turn the result into raw planes.
 */
final class ImageIoDecoding {
    private final ReaderPolicy policy;
    private final String decoderId;
    private final String decoderName;

    ImageIoDecoding(ReaderPolicy policy, String decoderId, String decoderName) {
        this.policy = policy;
        this.decoderId = decoderId;
        this.decoderName = decoderName;
    }

    DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
        long start = System.nanoTime();
        FileKind kind = FileChecks.requireImageFile(file);
        String format = kind.image() ? kind.format() : "image";
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            if (stream == null) {
                throw new DecodeException(DecodeException.Reason.NOT_FOUND, "the file " + file.getFileName()
                        + " cannot be opened for reading");
            }
            Optional<ImageReader> picked = policy.pick(stream);
            if (picked.isEmpty()) {
                throw refusal(file, kind, stream);
            }
            ImageReader reader = picked.get();
            try {
                reader.setInput(stream, false, false);
                if (!kind.image()) {
                    format = ImageProbe.canonicalFormat(reader.getFormatName());
                }
                return read(reader, file, format, options, start);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw DecodeErrors.corrupt(file, format, decoderName, e);
        }
    }

    private DecodeException refusal(Path file, FileKind kind, ImageInputStream stream) throws IOException {
        String format = kind.format();
        if (format == null) {
            Optional<ImageReader> any = ReaderPolicy.PREFER_TWELVEMONKEYS.pick(stream);
            if (any.isPresent()) {
                format = ImageProbe.canonicalFormat(any.get().getFormatName());
                any.get().dispose();
            }
        }
        if (format == null) {
            return new DecodeException(DecodeException.Reason.NOT_AN_IMAGE, "the content of " + file.getFileName()
                    + " matches no image format that any decoder in CNN Lab reads");
        }
        return new DecodeException(DecodeException.Reason.UNSUPPORTED_BY_DECODER,
                FormatSupport.refusal(decoderId, format));
    }

    private DecodedImage read(ImageReader reader, Path file, String format, DecodeOptions options, long start)
            throws IOException, DecodeException {
        int pages = PageCounter.count(reader, format);
        int page = options.page();
        if (page >= pages) {
            throw DecodeErrors.pageMissing(page, pages);
        }
        int width = reader.getWidth(page);
        int height = reader.getHeight(page);
        int step = 1;
        if ((double) width * height / 1e6 > options.maxMegapixels()) {
            if (!options.downsample()) {
                throw DecodeErrors.tooLarge(width, height, options);
            }
            step = options.subsamplingFor(width, height);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        ReadWarnings warnings = new ReadWarnings();
        warnings.attach(reader);
        List<String> notes = new ArrayList<>();
        RawPlanes planes;
        try {
            BufferedImage image = reader.read(page, param);
            throwIfInterrupted();
            if (image == null) {
                throw new DecodeException(DecodeException.Reason.CORRUPT, decoderName + " returned no pixels for "
                        + file.getFileName() + "; the file is probably damaged");
            }
            if (step > 1 && image.getWidth() == width && image.getHeight() == height) {
                step = 1;
                notes.add(decoderName + "'s " + format + " reader ignores subsampling, so the full image was decoded");
            }
            planes = BufferedImagePlanes.convert(image, notes);
            if (policy == ReaderPolicy.JDK_ONLY && "JPEG".equals(format)
                    && image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                notes.add(decoderName + " read this CMYK JPEG without the Adobe conventions (inverted ink values), "
                        + "so the colours are likely wrong; the TwelveMonkeys decoder converts them properly");
            }
        } catch (IIOException e) {
            throwIfInterrupted();
            if (!isUnsupportedJpegColourType(format, e)) {
                throw DecodeErrors.corrupt(file, format, decoderName, e);
            }
            planes = firstThreeChannelsAsRgb(reader.readRaster(page, param));
            notes.add(decoderName + " cannot convert this JPEG's colours (4 channels, CMYK or YCCK); shown are its "
                    + "first three raw channels as if they were R, G, B, so the colours are wrong. "
                    + "The TwelveMonkeys decoder converts it properly");
        }
        if ("HDR".equals(format) && ReaderPolicy.isTwelveMonkeysReader(reader)) {
            notes.add("TwelveMonkeys tone-maps HDR radiance v into 0–1 as v / (v + 0.1); OpenCV returns the raw radiance");
        }
        if (step > 1) {
            notes.add("downsampled: every " + DecodeErrors.ordinal(step) + " pixel of the " + width + "x" + height
                    + " original was read");
        }
        List<String> all = new ArrayList<>(warnings.messages());
        all.addAll(notes);
        return new DecodedImage(decoderName, format, planes.samples(), planes.order(), planes.sampleType(),
                System.nanoTime() - start, all, page, pages, step);
    }

    private static void throwIfInterrupted() throws DecodeException {
        if (Thread.currentThread().isInterrupted()) {
            throw new DecodeException(DecodeException.Reason.TIMEOUT, "decoding was stopped because it took too long");
        }
    }

    private boolean isUnsupportedJpegColourType(String format, IIOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return policy == ReaderPolicy.JDK_ONLY && "JPEG".equals(format) && message.contains("unsupported image type");
    }

    /** What naive code does with a 4-channel JPEG raster: takes channels 0, 1, 2 for R, G, B. */
    private static RawPlanes firstThreeChannelsAsRgb(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        FloatPlanes planes = FloatPlanes.zeros(3, h, w);
        float[] row = new float[w];
        for (int c = 0; c < 3; c++) {
            int band = Math.min(c, raster.getNumBands() - 1);
            for (int y = 0; y < h; y++) {
                raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, band, row);
                System.arraycopy(row, 0, planes.data(), planes.planeOffset(c) + y * w, w);
            }
        }
        return new RawPlanes(planes, ChannelOrder.RGB, SampleType.UINT8);
    }
}
