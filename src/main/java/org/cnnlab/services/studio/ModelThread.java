package org.cnnlab.services.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's model thread as an actor: one daemon thread that owns the network and runs queued
 * jobs one at a time, in the order they were posted. Every job says how to fail it if it never
 * runs, so no caller waits for ever: after {@link #shutDown()} the thread finishes the job it is
 * running and rejects the ones still queued with the "studio closed" {@link StudioException}.
 *
 * <p>A {@link RuntimeException} that escapes a job is logged and the thread goes on with the next
 * job. An {@link Error} ends the thread: it is logged, the queued jobs are rejected, later posts are
 * refused, and the error goes on to the thread's uncaught-exception handler.
 */
final class ModelThread {
    private static final Logger LOG = LoggerFactory.getLogger(ModelThread.class);

    /** Work for the model thread, and how to fail it if it never runs. */
    private record Job(Runnable work, Consumer<StudioException> reject) {
    }

    private static final Job SHUTDOWN = new Job(() -> {
    }, e -> {
    });

    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Runnable onEnd;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts the thread.
     *
     * @param name  the thread's name
     * @param onEnd runs on the thread as its last act, however it ends
     */
    ModelThread(String name, Runnable onEnd) {
        this.onEnd = onEnd;
        this.thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues {@code work}; {@code reject} fails it if it never runs.
     *
     * @return false, without queueing, once the thread is shut down or has ended
     */
    synchronized boolean post(Runnable work, Consumer<StudioException> reject) {
        if (closed) {
            return false;
        }
        jobs.add(new Job(work, reject));
        return true;
    }

    /** Whether the thread has been shut down or has ended: posts are refused. */
    boolean isClosed() {
        return closed;
    }

    /**
     * Lets the thread finish its current job, then end; the jobs still queued are rejected.
     *
     * @return false if it was already shut down or had ended
     */
    synchronized boolean shutDown() {
        if (closed) {
            return false;
        }
        closed = true;
        jobs.add(SHUTDOWN);
        return true;
    }

    /**
     * Waits up to {@code millis} for the thread to end.
     *
     * @return whether it has ended
     */
    boolean awaitEnd(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void serve() {
        try {
            while (true) {
                Job job = jobs.take();
                if (job == SHUTDOWN) {
                    break;
                }
                if (closed) {
                    job.reject().accept(StudioErrors.closed());
                    continue;
                }
                try {
                    job.work().run();
                } catch (RuntimeException e) {
                    LOG.error("A studio request failed on the model thread", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            LOG.error("The model thread ended on an error; the training studio stops", e);
            throw e;
        } finally {
            synchronized (this) {
                closed = true;
            }
            List<Job> left = new ArrayList<>();
            jobs.drainTo(left);
            left.forEach(job -> job.reject().accept(StudioErrors.closed()));
            onEnd.run();
            LOG.debug("The model thread ended.");
        }
    }
}
