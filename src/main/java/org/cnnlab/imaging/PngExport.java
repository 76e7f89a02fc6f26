package org.cnnlab.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Writes ARGB pixels as a PNG file atomically: the image goes to a temporary file in the target's
 * folder and is then moved over the target in one step, so a crash never leaves half a PNG behind.
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
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available in this Java installation");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
