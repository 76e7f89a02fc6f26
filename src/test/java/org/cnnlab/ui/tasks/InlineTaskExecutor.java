package org.cnnlab.ui.tasks;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The deterministic {@link TaskExecutor} for tests: work runs at once on the caller's thread, and
 * hand-offs to the FX thread go to {@code fxThread} (by default also at once, inline), so a test
 * decides exactly when results arrive. Timeouts cannot interrupt inline work.
 */
public final class InlineTaskExecutor implements TaskExecutor {
    private final Executor fxThread;

    /** Runs work and hand-offs inline. */
    public InlineTaskExecutor() {
        this(Runnable::run);
    }

    /** Runs work inline and gives hand-offs to {@code fxThread} (e.g. a queue the test runs). */
    public InlineTaskExecutor(Executor fxThread) {
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        return task.start(Runnable::run, fxThread);
    }

    @Override
    public void runOnFxThread(Runnable action) {
        fxThread.execute(action);
    }

    @Override
    public void close() {
    }
}
