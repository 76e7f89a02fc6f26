package org.cnnlab.ui.studio;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/** Stands in for the FX thread in view-model tests: hand-offs queue up and the test runs them. */
final class QueuedFxThread implements Executor {
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private int executed;

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs every queued hand-off, including those queued while running. */
    void runAll() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
            executed++;
        }
    }

    /** Hand-offs run so far. */
    int executed() {
        return executed;
    }
}
