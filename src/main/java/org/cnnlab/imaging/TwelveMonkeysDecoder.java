package org.cnnlab.imaging;

import java.nio.file.Path;

/**
 * ImageIO with the TwelveMonkeys plugins: their readers first (JPEG with CMYK/YCCK colour
 * conversion, TIFF, WebP, PSD, PNM, TGA, BMP/ICO, ICNS, PICT, IFF, HDR, SVG), the JDK's readers for
 * PNG and GIF, which TwelveMonkeys does not replace. Samples are RGB(A) or gray; 16-bit stays
 * 0–65535 and HDR gives 32-bit floats.
 */
public final class TwelveMonkeysDecoder implements ImageDecoder {
    private final ImageIoDecoding decoding =
            new ImageIoDecoding(ReaderPolicy.PREFER_TWELVEMONKEYS, FormatSupport.TWELVEMONKEYS, "ImageIO + TwelveMonkeys");

    @Override
    public String id() {
        return FormatSupport.TWELVEMONKEYS;
    }

    @Override
    public String displayName() {
        return "ImageIO + TwelveMonkeys";
    }

    @Override
    public String description() {
        return "ImageIO with the TwelveMonkeys plugins (CMYK JPEG, WebP, PSD, TGA, PNM, ICO, SVG, …); JDK readers for PNG and GIF";
    }

    @Override
    public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
        return decoding.decode(file, options);
    }
}
