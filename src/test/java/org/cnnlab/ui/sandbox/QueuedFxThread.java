package org.cnnlab.ui.sandbox;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Stands in for the FX thread in view-model tests: hand-offs queue up and the test thread runs them. */
final class QueuedFxThread implements Executor {
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs queued hand-offs until {@code condition} holds; fails after five seconds. */
    void runUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not reached within 5 s");
            }
            Runnable next = queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    /** Waits until a hand-off is queued, without running it; fails after five seconds. */
    void awaitQueued() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queue.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing was handed to the FX thread within 5 s");
            }
            Thread.sleep(5);
        }
    }

    /** Runs the hand-offs queued so far. */
    void runQueued() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }
}
