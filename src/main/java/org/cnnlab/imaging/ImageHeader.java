package org.cnnlab.imaging;

/**
 * What a file's header says before any pixel is decoded.
 *
 * @param format    format the content revealed (e.g. "PNG"), never the extension
 * @param width     width of page 0 in pixels, or -1 when no header reader knows the format
 * @param height    height of page 0 in pixels, or -1
 * @param pageCount pages or frames (multi-page TIFF, animated GIF, icon sizes), 1 for most files
 */
public record ImageHeader(String format, int width, int height, int pageCount) {

    /** True when width and height were read. */
    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    /** Megapixels of page 0: {@code width * height / 10^6}. */
    public double megapixels() {
        return hasSize() ? (double) width * height / 1e6 : 0;
    }
}
