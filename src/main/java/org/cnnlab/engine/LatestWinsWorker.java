package org.cnnlab.engine;

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

    private void loop() {
        while (!closed) {
            Supplier<R> job = pending.getAndSet(null);
            if (job == null) {
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
            try {
                onResult.accept(job.get());
            } catch (RuntimeException e) {
                LOG.debug("job failed", e);
                onError.accept(e);
            } catch (OutOfMemoryError e) {
                LOG.warn("job ran out of memory", e);
                onError.accept(new IllegalStateException("there is not enough memory for this computation; "
                        + "use a smaller image or fewer filters", e));
            }
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
