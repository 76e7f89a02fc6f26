package org.cnnlab.imaging;

import java.nio.file.Path;

/**
 * The JDK's own ImageIO readers and nothing else (JPEG, PNG, GIF, BMP, WBMP, TIFF), as a plain
 * {@code ImageIO.read} behaves on a machine without plugins. It refuses WebP, PSD, TGA and the like,
 * and cannot convert CMYK JPEGs: it then shows their raw channels as RGB, with wrong colours.
 * Samples are RGB(A) or gray in file order; 16-bit PNG and TIFF samples stay 0–65535.
 */
public final class JdkImageIoDecoder implements ImageDecoder {
    private final ImageIoDecoding decoding =
            new ImageIoDecoding(ReaderPolicy.JDK_ONLY, FormatSupport.JDK, "JDK ImageIO");

    @Override
    public String id() {
        return FormatSupport.JDK;
    }

    @Override
    public String displayName() {
        return "JDK ImageIO";
    }

    @Override
    public String description() {
        return "Java's built-in ImageIO readers without plugins: JPEG, PNG, GIF, BMP, TIFF";
    }

    @Override
    public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
        return decoding.decode(file, options);
    }
}
