package org.cnnlab.ui.tasks;

/**
 * Where the UI's background work runs and how its outcomes reach the FX thread. View models take
 * one, so that the app runs their work on named daemon threads ({@link DaemonTaskExecutor}) and
 * tests run it deterministically, without a JavaFX toolkit.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task}; its callbacks run later on the FX thread. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Runs {@code action} on the FX thread, later (the hand-off of results that arrive from other threads). */
    void runOnFxThread(Runnable action);

    /** Starts no more work and drops the outcomes still on their way; running work is not interrupted. */
    @Override
    void close();
}
