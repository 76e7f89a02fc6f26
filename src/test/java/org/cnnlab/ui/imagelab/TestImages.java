package org.cnnlab.ui.imagelab;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small images written in code, so the tests know every pixel. */
final class TestImages {
    static final int RED = 0xff0000;
    static final int GREEN = 0x00ff00;
    static final int BLUE = 0x0000ff;
    static final int GRAY_128 = 0x808080;

    private TestImages() {
    }

    /**
     * A 4x3 RGB PNG: row 0 is red, green, blue, white; row 1 is gray 128 everywhere; row 2 is black.
     */
    static Path primaries(Path folder) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, RED);
        image.setRGB(1, 0, GREEN);
        image.setRGB(2, 0, BLUE);
        image.setRGB(3, 0, 0xffffff);
        for (int x = 0; x < 4; x++) {
            image.setRGB(x, 1, GRAY_128);
            image.setRGB(x, 2, 0);
        }
        return write(image, "png", folder.resolve("primaries.png"));
    }

    /** The textbook 6x6 gray image: 10 in the left three columns, 0 in the right three. */
    static Path textbook(Path folder) {
        BufferedImage image = new BufferedImage(6, 6, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 3; x++) {
                image.getRaster().setSample(x, y, 0, 10);
            }
        }
        return write(image, "png", folder.resolve("textbook-6x6.png"));
    }

    /** An RGB image of the given size with a horizontal red ramp. */
    static Path ramp(Path folder, String name, String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / Math.max(1, width - 1);
                int g = y * 255 / Math.max(1, height - 1);
                image.setRGB(x, y, (r << 16) | (g << 8) | 0x40);
            }
        }
        return write(image, format, folder.resolve(name));
    }

    static Path write(BufferedImage image, String format, Path file) {
        try {
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path text(Path folder, String name) {
        try {
            return Files.writeString(folder.resolve(name), "this is not an image\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path empty(Path folder, String name) {
        try {
            return Files.write(folder.resolve(name), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages 0, 1, 2 are uniform gray 0, 100, 200. */
    static Path threePageTiff(Path folder) {
        Path file = folder.resolve("three-pages.tif");
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
        try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int page = 0; page < 3; page++) {
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < 4; y++) {
                    for (int x = 0; x < 4; x++) {
                        image.getRaster().setSample(x, y, 0, page * 100);
                    }
                }
                writer.writeToSequence(new javax.imageio.IIOImage(image, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
