package org.cnnlab.services.studio;

import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.dl4j.ModelFileException;
import org.cnnlab.training.model.ModelSpecException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's error policy: what went wrong becomes a {@link StudioException} whose message is
 * written for the user, and the cause goes to the log.
 * <ul>
 * <li>Failures CNN Lab words for the user (a {@link StudioException}, a damaged dataset, a file
 * that is no model, an architecture that does not work) keep their sentence.</li>
 * <li>Anything else reads "{@code <what failed>}. The details are in the log.": an unexpected
 * exception's own text and class name are written for developers and never shown.</li>
 * <li>{@link OutOfMemoryError} gets advice the user can follow; the studio goes on.</li>
 * <li>Other {@link Error}s are not translated away: the caller fails the request with
 * {@link #fatal} and rethrows the error, which ends the model thread.</li>
 * </ul>
 */
final class StudioErrors {
    private static final Logger LOG = LoggerFactory.getLogger(StudioErrors.class);

    private StudioErrors() {
    }

    /**
     * @param failure what could not be done, as a sentence without its full stop
     *                ("The model could not be loaded")
     */
    static StudioException forUser(String failure, Exception e) {
        if (e instanceof StudioException studio) {
            LOG.warn("{}", studio.getMessage());
            return studio;
        }
        if (e instanceof ModelFileException || e instanceof DatasetException || e instanceof ModelSpecException) {
            LOG.warn("{}: {}", failure, e.getMessage());
            return new StudioException(e.getMessage(), e);
        }
        LOG.error(failure, e);
        return new StudioException(failure + ". The details are in the log.", e);
    }

    /** The Java heap is full: the request failed, the studio can go on. */
    static StudioException outOfMemory(String failure, OutOfMemoryError e) {
        LOG.error(failure, e);
        return new StudioException(failure + ": CNN Lab ran out of memory. Close other programs, or choose a smaller model"
                + " or batch size, and try again.", e);
    }

    /** An {@link Error} other than out-of-memory: the model thread ends after this request. */
    static StudioException fatal(String failure, Error e) {
        LOG.error(failure, e);
        return new StudioException(failure + ": the training studio stopped after an internal error. Restart CNN Lab to"
                + " train again; the details are in the log.", e);
    }

    static StudioException closed() {
        return new StudioException("The training studio has been closed.");
    }

    static StudioException stopTrainingFirst(String activity) {
        return new StudioException("Stop training first: " + activity + " is not possible while the network is learning.");
    }
}
