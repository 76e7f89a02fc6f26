package org.cnnlab.testsupport;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the FX thread in view-model tests: hand-offs from any thread queue up, and the
 * test thread runs them when it chooses.
 */
public final class QueuedFxThread implements Executor {
    private static final long WAIT_SECONDS = 5;

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private int executed;

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs every queued hand-off, including those queued while running. */
    public void runAll() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
            executed++;
        }
    }

    /** Hand-offs run so far. */
    public int executed() {
        return executed;
    }

    /** Runs queued hand-offs as they arrive until {@code condition} holds; fails after five seconds. */
    public void runUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not reached within " + WAIT_SECONDS + " s");
            }
            Runnable next = queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
                executed++;
            }
        }
    }

    /** Waits until a hand-off is queued, without running it; fails after five seconds. */
    public void awaitQueued() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (queue.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing was handed to the FX thread within " + WAIT_SECONDS + " s");
            }
            Thread.sleep(5);
        }
    }
}
