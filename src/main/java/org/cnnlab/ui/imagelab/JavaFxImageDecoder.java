package org.cnnlab.ui.imagelab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.imaging.ChannelOrder;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeException.Reason;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.imaging.SampleType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decoder a JavaFX application gets for free: {@link javafx.scene.image.Image}. It reads only
 * BMP, GIF, JPEG and PNG, always delivers 8-bit samples, and hands pixels out as
 * {@code 0xAARRGGBB} integers, so its planes come in {@link ChannelOrder#ARGB} order with an alpha
 * plane even for opaque images (four channels where ImageIO gives three).
 *
 * <p>The size is read from the file header before any pixel is allocated, and an image over the
 * megapixel limit is refused, or, when {@link DecodeOptions#downsample()} allows, decoded at a
 * reduced size. Works on any thread once the JavaFX toolkit is running.
 */
public final class JavaFxImageDecoder implements ImageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(JavaFxImageDecoder.class);

    @Override
    public String id() {
        return "javafx";
    }

    @Override
    public String displayName() {
        return "JavaFX Image";
    }

    @Override
    public String description() {
        return "javafx.scene.image.Image, built into JavaFX: BMP, GIF, JPEG and PNG, 8-bit, ARGB order";
    }

    @Override
    public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
        long start = System.nanoTime();
        byte[] bytes = readAll(file);
        String format = formatOf(bytes);
        if (format == null) {
            String other = formatNameByImageIo(bytes);
            if (other == null) {
                throw new DecodeException(Reason.NOT_AN_IMAGE, file.getFileName()
                        + " is not an image any decoder here recognises; choose a BMP, GIF, JPEG, PNG, TIFF or WebP file.");
            }
            throw new DecodeException(Reason.UNSUPPORTED_BY_DECODER,
                    "JavaFX's Image reads only BMP, GIF, JPEG and PNG; the TwelveMonkeys decoder reads " + other + ".");
        }
        Header header = readHeader(bytes, format);
        List<String> warnings = new ArrayList<>();
        if (options.page() > 0) {
            throw new DecodeException(Reason.UNSUPPORTED_BY_DECODER, "JavaFX's Image shows only the first frame of "
                    + "a " + format + "; the TwelveMonkeys decoder can open frame " + (options.page() + 1) + ".");
        }
        if (header.pages > 1) {
            warnings.add("JavaFX's Image reads only the first of " + header.pages + " frames.");
        }
        int subsampling = 1;
        double megapixels = (double) header.width * header.height / 1e6;
        if (megapixels > options.maxMegapixels()) {
            if (!options.downsample()) {
                throw new DecodeException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "This image is %d x %d pixels (%.1f megapixels), over the limit of %.1f megapixels; "
                                + "open it downsampled or raise the limit in the settings.",
                        header.width, header.height, megapixels, options.maxMegapixels()));
            }
            subsampling = options.subsamplingFor(header.width, header.height);
            warnings.add("Downsampled: one pixel in " + subsampling + " along each axis kept to stay under "
                    + options.maxMegapixels() + " megapixels.");
        }
        Image image = load(bytes, header, subsampling, format);
        FloatPlanes planes = toArgbPlanes(image);
        return new DecodedImage(id(), format, planes, ChannelOrder.ARGB, SampleType.UINT8,
                System.nanoTime() - start, warnings, 0, header.pages, subsampling);
    }

    private static byte[] readAll(Path file) throws DecodeException {
        if (!Files.isRegularFile(file)) {
            throw new DecodeException(Reason.NOT_FOUND, "The file " + file.getFileName()
                    + " does not exist (any more); choose another file.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new DecodeException(Reason.EMPTY_FILE, file.getFileName()
                        + " is empty (0 bytes): it holds no image. Choose another file.");
            }
            return bytes;
        } catch (IOException | OutOfMemoryError e) {
            throw new DecodeException(Reason.NOT_FOUND, "The file " + file.getFileName()
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The format JavaFX reads, from the first bytes, or null. */
    static String formatOf(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "PNG";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "JPEG";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "GIF";
        }
        if (b.length >= 14 && b[0] == 'B' && b[1] == 'M') {
            return "BMP";
        }
        return null;
    }

    private static String formatNameByImageIo(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                String name = reader.getOriginatingProvider().getFormatNames()[0];
                reader.dispose();
                return name.toUpperCase(Locale.ROOT);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("no ImageIO reader recognised the file", e);
        }
        return null;
    }

    private record Header(int width, int height, int pages) {
    }

    private static Header readHeader(byte[] bytes, String format) throws DecodeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new DecodeException(Reason.UNAVAILABLE, "No reader for the " + format + " header is installed.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int pages = "GIF".equals(format) ? countFrames(reader) : 1;
                return new Header(width, height, pages);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(Reason.CORRUPT, "The " + format + " header is damaged, so the image size "
                    + "cannot be read (" + e.getMessage() + "); the file is probably corrupt.", e);
        }
    }

    private static int countFrames(ImageReader reader) {
        try {
            return Math.max(1, reader.getNumImages(true));
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not count GIF frames", e);
            return 1;
        }
    }

    private static Image load(byte[] bytes, Header header, int subsampling, String format) throws DecodeException {
        Image image;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            image = subsampling == 1
                    ? new Image(in)
                    : new Image(in, Math.max(1, header.width / subsampling), Math.max(1, header.height / subsampling),
                            false, false);
        } catch (IOException | RuntimeException e) {
            LOG.debug("JavaFX Image failed", e);
            throw new DecodeException(Reason.UNAVAILABLE,
                    "JavaFX could not start its image loader; use another decoder (" + e.getMessage() + ").", e);
        }
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1) {
            Exception cause = image.getException();
            String detail = cause == null || cause.getMessage() == null ? "no detail given" : cause.getMessage();
            throw new DecodeException(Reason.CORRUPT, "JavaFX could not decode this " + format + " (" + detail
                    + "); the file may be damaged or use a variant JavaFX lacks. Try the TwelveMonkeys decoder.", cause);
        }
        return image;
    }

    private static FloatPlanes toArgbPlanes(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[w * h];
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        FloatPlanes planes = FloatPlanes.zeros(4, h, w);
        float[] data = planes.data();
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            int p = argb[i];
            data[i] = (p >>> 24) & 0xff;
            data[plane + i] = (p >> 16) & 0xff;
            data[2 * plane + i] = (p >> 8) & 0xff;
            data[3 * plane + i] = p & 0xff;
        }
        return planes;
    }
}
