package org.cnnlab.ui.tasks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A started {@link BackgroundTask}. Cancelling it on the FX thread guarantees that none of its
 * callbacks runs afterwards; the work itself finishes unless it is also interrupted (only for
 * work that stops cleanly when interrupted: an interrupted file read closes its channel).
 */
public final class TaskHandle {
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Future<?> work;

    TaskHandle() {
    }

    /** Drops the outcome: no callback of the task runs after this. */
    public void cancel() {
        cancelled = true;
        finished.complete(null);
    }

    /**
     * Drops the outcome and interrupts the work if a thread of the executor is still running it.
     * Only for work that stops cleanly when interrupted: an interrupt that lands while a native
     * library is being unpacked breaks that library for the rest of the session.
     */
    public void cancelAndInterrupt() {
        cancel();
        interruptWork();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Completes once the task's callbacks have run on the FX thread, or when it is cancelled. */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    void attach(Future<?> running) {
        this.work = running;
    }

    void interruptWork() {
        Future<?> running = work;
        if (running != null) {
            running.cancel(true);
        }
    }

    void finish() {
        finished.complete(null);
    }
}
