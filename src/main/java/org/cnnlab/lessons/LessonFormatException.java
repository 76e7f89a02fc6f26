package org.cnnlab.lessons;

/** A lesson file that cannot be read; the message names the file and what is wrong. */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public LessonFormatException(String message) {
        super(message);
    }

    public LessonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
