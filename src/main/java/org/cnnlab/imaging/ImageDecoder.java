package org.cnnlab.imaging;

import java.nio.file.Path;

/**
 * One way of turning an image file into numbers (JavaFX {@code Image}, JDK ImageIO, ImageIO with
 * TwelveMonkeys plugins, OpenCV {@code imread}). Implementations must read the size from the header
 * before allocating pixels, honour {@link DecodeOptions}, and throw {@link DecodeException} with a
 * human message rather than any runtime exception.
 */
public interface ImageDecoder {

    /** Short, stable id for settings and the CLI, e.g. {@code twelvemonkeys}. */
    String id();

    /** Name shown to users, e.g. "ImageIO + TwelveMonkeys". */
    String displayName();

    /** One line on what this decoder is and where it comes from. */
    String description();

    DecodedImage decode(Path file, DecodeOptions options) throws DecodeException;
}
