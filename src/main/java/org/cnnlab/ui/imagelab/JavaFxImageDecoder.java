package org.cnnlab.ui.imagelab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.imaging.ChannelOrder;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeException.Reason;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.imaging.ImageHeader;
import org.cnnlab.imaging.ImageProbe;
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
    private static final Set<String> READABLE = Set.of("BMP", "GIF", "JPEG", "PNG");

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
        ImageHeader header = ImageProbe.probe(file);
        String format = header.format();
        if (!READABLE.contains(format)) {
            throw new DecodeException(Reason.UNSUPPORTED_BY_DECODER,
                    "JavaFX's Image reads only BMP, GIF, JPEG and PNG; the TwelveMonkeys decoder reads " + format + ".");
        }
        if (!header.hasSize()) {
            throw new DecodeException(Reason.CORRUPT, "The " + format + " header of " + file.getFileName()
                    + " does not give the image size; the file is probably damaged.");
        }
        if (options.page() >= header.pageCount()) {
            throw new DecodeException(Reason.NOT_FOUND, "Page " + (options.page() + 1) + " does not exist: this file has "
                    + header.pageCount() + (header.pageCount() == 1 ? " page." : " pages."));
        }
        if (options.page() > 0) {
            throw new DecodeException(Reason.UNSUPPORTED_BY_DECODER, "JavaFX's Image shows only the first frame of "
                    + "a " + format + "; the TwelveMonkeys decoder can open frame " + (options.page() + 1) + ".");
        }
        List<String> warnings = new ArrayList<>();
        if (header.pageCount() > 1) {
            warnings.add("JavaFX's Image reads only the first of " + header.pageCount() + " frames.");
        }
        int subsampling = 1;
        if (header.megapixels() > options.maxMegapixels()) {
            if (!options.downsample()) {
                throw new DecodeException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "This image is %d x %d pixels (%.1f megapixels), over the limit of %.1f megapixels; "
                                + "open it downsampled or raise the limit in the settings.",
                        header.width(), header.height(), header.megapixels(), options.maxMegapixels()));
            }
            subsampling = options.subsamplingFor(header.width(), header.height());
            warnings.add("Downsampled: one pixel in " + subsampling + " along each axis kept to stay under "
                    + options.maxMegapixels() + " megapixels.");
        }
        Image image = load(readAll(file), header, subsampling, format);
        FloatPlanes planes = toArgbPlanes(image);
        return new DecodedImage(displayName(), format, planes, ChannelOrder.ARGB, SampleType.UINT8,
                System.nanoTime() - start, warnings, 0, header.pageCount(), subsampling);
    }

    private static byte[] readAll(Path file) throws DecodeException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new DecodeException(Reason.NOT_FOUND, "The file " + file.getFileName()
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private static Image load(byte[] bytes, ImageHeader header, int subsampling, String format) throws DecodeException {
        Image image;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            image = subsampling == 1
                    ? new Image(in)
                    : new Image(in, Math.max(1, header.width() / subsampling), Math.max(1, header.height() / subsampling),
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
