package org.cnnlab.ui;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one error policy: the user reads a short, human message in the message bar (what
 * happened and what to do); the details, with the stack trace, go to the log file.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final MainViewModel vm;
    private final String logLocation;

    public ErrorReporter(MainViewModel vm, String logLocation) {
        this.vm = vm;
        this.logLocation = logLocation;
    }

    /** Shows {@code message} to the user; safe from any thread. */
    public void show(String message) {
        onFxThread(() -> vm.messageProperty().set(message));
    }

    /** The last resort for an exception nothing else caught, on any thread. */
    public void uncaught(Throwable error) {
        LOG.error("uncaught", error);
        String cause = error instanceof OutOfMemoryError ? ": the computer ran out of memory (try a smaller image)" : "";
        show("Something went wrong inside CNN Lab" + cause + ". Your kernels and settings are safe. If it happens again, "
                + "the details for a bug report are in " + logLocation + ".");
    }

    /** The most useful one-line cause of {@code error}, without class names. */
    public static String humanCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        if (t instanceof OutOfMemoryError) {
            return "the computer ran out of memory (try a smaller image)";
        }
        String text = t.getMessage();
        return text == null || text.isBlank() ? "an internal error (" + t.getClass().getSimpleName() + ")" : text;
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
