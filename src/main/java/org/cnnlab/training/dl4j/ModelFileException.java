package org.cnnlab.training.dl4j;

/** A model file that cannot be read or written; the message says which file and why, in one sentence. */
public final class ModelFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
