package org.cnnlab.persist;

/** A kernel-set file that cannot be read, with a message that says what is wrong with it. */
public final class KernelSetFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public KernelSetFormatException(String message) {
        super(message);
    }

    public KernelSetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
