package org.cnnlab.training.data;

/**
 * A dataset file that cannot be used: missing, truncated, damaged or not in the IDX format. The
 * message is one human sentence saying which file and what to do.
 */
public final class DatasetException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
