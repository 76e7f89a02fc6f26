package org.cnnlab.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cnnlab.persist.AtomicFiles;

/**
 * Writes ARGB pixels as a PNG file, atomically through {@link AtomicFiles}, so a crash never
 * leaves half a PNG behind.
 */
public final class PngExport {

    private PngExport() {
    }

    /** Writes {@code argb} ({@code width * height} pixels, row by row) to {@code file}. */
    public static void writePng(int[] argb, int width, int height, Path file) throws IOException {
        if (width < 1 || height < 1 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + ((long) width * height) + " pixels for " + width + "x"
                    + height + ", got " + argb.length);
        }
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                opaque = false;
                break;
            }
        }
        BufferedImage image = new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available in this Java installation");
            }
        });
    }
}
