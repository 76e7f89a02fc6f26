package org.cnnlab.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into the one line a CLI user reads; the details go to the log. */
final class UserMessages {
    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory for this image; try a smaller one";
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    static void log(Throwable e) {
        LOG.info("command failed", e);
    }
}
