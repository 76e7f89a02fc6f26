package org.cnnlab.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's format, size and page count from its header without decoding a pixel, so a
 * 20000x20000 image can be refused before it allocates 1.2 GB. The format comes from the content:
 * the file's magic bytes, then the ImageIO reader that accepts the stream.
 */
public final class ImageProbe {

    private ImageProbe() {
    }

    /**
     * Probes {@code file}. Throws {@link DecodeException.Reason#NOT_FOUND}, {@code EMPTY_FILE} or
     * {@code NOT_AN_IMAGE} when there is nothing to decode; returns a header with size -1 when the
     * content looks like an image no header reader understands.
     */
    public static ImageHeader probe(Path file) throws DecodeException {
        FileKind kind = FileChecks.requireImageFile(file);
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            if (stream == null) {
                throw new DecodeException(DecodeException.Reason.NOT_FOUND, "the file " + file.getFileName()
                        + " cannot be opened for reading; check that it is not locked by another program");
            }
            Optional<ImageReader> picked = ReaderPolicy.PREFER_TWELVEMONKEYS.pick(stream);
            if (picked.isEmpty()) {
                if (kind.image()) {
                    return new ImageHeader(kind.format(), -1, -1, 1);
                }
                String extension = FormatSniffer.extension(file);
                throw new DecodeException(DecodeException.Reason.NOT_AN_IMAGE, "this file is not an image CNN Lab "
                        + "recognises: its content matches no image format"
                        + (extension.isEmpty() ? "" : ", whatever its name (" + extension + ") says"));
            }
            ImageReader reader = picked.get();
            try {
                reader.setInput(stream, false, true);
                String format = kind.image() ? kind.format() : canonicalFormat(reader.getFormatName());
                int pages = PageCounter.count(reader, format);
                return new ImageHeader(format, reader.getWidth(0), reader.getHeight(0), pages);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "the header of " + file.getFileName()
                    + " cannot be read (" + (kind.image() ? kind.format() : "unknown format")
                    + "); the file is probably damaged", e);
        }
    }

    /** Maps ImageIO format names ("jpeg", "tga", "pnm") to the names users know. */
    static String canonicalFormat(String imageIoName) {
        String name = imageIoName.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "jpeg", "jpg", "jpeg-lossless", "jpeg-ls" -> "JPEG";
            case "png" -> "PNG";
            case "gif" -> "GIF";
            case "bmp" -> "BMP";
            case "wbmp" -> "WBMP";
            case "tif", "tiff" -> "TIFF";
            case "webp" -> "WebP";
            case "psd" -> "PSD";
            case "pnm", "pbm", "pgm", "ppm", "pam", "pfm" -> "PNM";
            case "tga", "targa" -> "TGA";
            case "ico", "cur" -> "ICO";
            case "icns" -> "ICNS";
            case "pict", "pct" -> "PICT";
            case "iff" -> "IFF";
            case "hdr", "rgbe" -> "HDR";
            case "svg" -> "SVG";
            default -> imageIoName.toUpperCase(Locale.ROOT);
        };
    }
}
