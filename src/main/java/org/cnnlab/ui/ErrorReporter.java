package org.cnnlab.ui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.services.studio.StudioException;
import org.cnnlab.training.data.DatasetException;
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

    /**
     * The one sentence the user reads when {@code action} failed with {@code error}, e.g.
     * {@code "The model could not be saved: the disk is full."}; a {@link StudioException}'s message
     * is already written for the user and stands alone. Logs the details: a failure the user caused
     * (bad input, a refused file) in one line, anything else with its stack trace.
     */
    public static String userMessage(String action, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StudioException || cause instanceof IllegalArgumentException || cause instanceof DatasetException
                || cause instanceof DecodeException) {
            LOG.info("{}: {}", action, cause.getMessage());
        } else {
            LOG.warn(action, cause);
        }
        String why = humanCause(cause);
        String sentence = cause instanceof StudioException ? why : action + ": " + why;
        return sentence.endsWith(".") ? sentence : sentence + ".";
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
