package org.cnnlab.imaging;

/**
 * A decode that failed, with a message written for the user (what happened and what to do) and a
 * {@link Reason} the UI and the CLI can act on, e.g. offer to downsample a {@link Reason#TOO_LARGE}
 * image.
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the decode failed. */
    public enum Reason {
        NOT_FOUND, EMPTY_FILE, NOT_AN_IMAGE, UNSUPPORTED_BY_DECODER, TOO_LARGE, CORRUPT, TIMEOUT, UNAVAILABLE
    }

    private final Reason reason;

    public DecodeException(Reason reason, String userMessage) {
        super(userMessage);
        this.reason = reason;
    }

    public DecodeException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
