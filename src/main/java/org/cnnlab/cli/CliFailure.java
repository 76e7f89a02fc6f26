package org.cnnlab.cli;

/** A command that failed for a reason the user can act on; its message is the one line printed. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliFailure(String message) {
        this(message, CnnLabCli.BAD_INPUT, null);
    }

    CliFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
