package org.cnnlab.imaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Which ImageIO readers a decoder may use. ImageIO finds readers through a global service registry,
 * so with TwelveMonkeys on the classpath a plain {@code ImageIO.read} may silently use a plugin;
 * a policy makes the choice explicit.
 */
public enum ReaderPolicy {
    /** Only the readers that ship with the JDK ({@code com.sun.imageio.*}), as if no plugin were installed. */
    JDK_ONLY,
    /** TwelveMonkeys readers first, then JDK readers for formats TwelveMonkeys lacks (PNG, GIF). */
    PREFER_TWELVEMONKEYS;

    static boolean isJdkReader(ImageReader reader) {
        return reader.getClass().getName().startsWith("com.sun.imageio.");
    }

    static boolean isTwelveMonkeysReader(ImageReader reader) {
        return reader.getClass().getName().startsWith("com.twelvemonkeys.");
    }

    /**
     * The reader this policy picks for the stream, which is left at its start. Readers not chosen
     * are disposed.
     */
    public Optional<ImageReader> pick(ImageInputStream stream) throws IOException {
        List<ImageReader> candidates = new ArrayList<>();
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        while (readers.hasNext()) {
            candidates.add(readers.next());
        }
        ImageReader chosen = null;
        if (this == PREFER_TWELVEMONKEYS) {
            chosen = candidates.stream().filter(ReaderPolicy::isTwelveMonkeysReader).findFirst().orElse(null);
        }
        if (chosen == null) {
            chosen = candidates.stream().filter(ReaderPolicy::isJdkReader).findFirst().orElse(null);
        }
        for (ImageReader reader : candidates) {
            if (reader != chosen) {
                reader.dispose();
            }
        }
        return Optional.ofNullable(chosen);
    }
}
