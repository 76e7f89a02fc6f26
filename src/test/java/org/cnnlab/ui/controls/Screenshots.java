package org.cnnlab.ui.controls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.cnnlab.imaging.PngExport;

/** Test support: JavaFX snapshots written as PNG files for a person to look at. */
public final class Screenshots {
    /** Where the UI tests leave their screenshots. */
    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Writes {@code image} to {@link #FOLDER}/{@code name}. */
    public static Path write(Image image, String name) {
        return write(image, FOLDER.resolve(name));
    }

    /** Writes {@code image} as a PNG to {@code file}, creating its folder. */
    public static Path write(Image image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            PngExport.writePng(argb, w, h, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
