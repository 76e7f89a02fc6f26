package org.cnnlab.services.studio;

/** A studio request that could not be carried out; the message is written for the user. */
public final class StudioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StudioException(String message) {
        super(message);
    }

    public StudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
