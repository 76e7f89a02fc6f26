package org.cnnlab.ui.tasks;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single worker thread that runs only the most recent request: a request submitted while an
 * older one waits replaces it, so dragging a value through twenty steps computes the latest few,
 * not all twenty, and the requester never blocks. Results and errors go to the callbacks on the
 * worker thread (the UI hops to its own thread).
 *
 * @param <R> what a job produces
 */
public final class LatestWinsWorker<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LatestWinsWorker.class);

    private final AtomicReference<Supplier<R>> pending = new AtomicReference<>();
    /** True from just before the worker looks for a job until that job has finished (before its outcome is handed on). */
    private final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
    private final Object signal = new Object();
    private final Consumer<R> onResult;
    private final Consumer<RuntimeException> onError;
    private final Thread thread;
    private volatile boolean closed;

    public LatestWinsWorker(String threadName, Consumer<R> onResult, Consumer<RuntimeException> onError) {
        this.onResult = Objects.requireNonNull(onResult);
        this.onError = Objects.requireNonNull(onError);
        this.thread = new Thread(this::loop, threadName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues {@code job}, replacing any job that has not started yet. */
    public void submit(Supplier<R> job) {
        if (closed) {
            throw new IllegalStateException("worker is closed");
        }
        pending.set(Objects.requireNonNull(job));
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /**
     * Whether no job waits and none runs (the last one's outcome may still be on its way to the
     * callbacks). When the only thread that submits sees this, it may do a job's work itself: the
     * worker's last job happened before this returned true, and the worker starts no other until
     * that thread submits one.
     */
    public boolean isIdle() {
        return !busy.get() && pending.get() == null;
    }

    private void loop() {
        while (!closed) {
            busy.set(true);
            Supplier<R> job = pending.getAndSet(null);
            if (job == null) {
                busy.set(false);
                synchronized (signal) {
                    if (pending.get() == null && !closed) {
                        try {
                            signal.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
                continue;
            }
            R outcome = null;
            RuntimeException failure = null;
            try {
                outcome = job.get();
            } catch (RuntimeException e) {
                LOG.debug("job failed", e);
                failure = e;
            } catch (OutOfMemoryError e) {
                LOG.warn("job ran out of memory", e);
                failure = new IllegalStateException("there is not enough memory for this computation; "
                        + "use a smaller image or fewer filters", e);
            } finally {
                busy.set(false);
            }
            hand(outcome, failure);
        }
    }

    private void hand(R outcome, RuntimeException failure) {
        if (failure != null) {
            onError.accept(failure);
            return;
        }
        try {
            onResult.accept(outcome);
        } catch (RuntimeException e) {
            LOG.debug("result handler failed", e);
            onError.accept(e);
        }
    }

    /** Stops the worker after the running job; pending jobs are dropped. Waits up to two seconds. */
    @Override
    public void close() {
        closed = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
