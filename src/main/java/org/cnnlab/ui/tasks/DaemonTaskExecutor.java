package org.cnnlab.ui.tasks;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link TaskExecutor}: work runs on daemon threads named {@code <name>-1},
 * {@code <name>-2}… (so a thread dump says whose they are, and none keeps the app alive after its
 * window closed), at most {@code threads} at once, and outcomes go to the FX thread through
 * {@link Platform#runLater}. Idle threads end after a few seconds.
 *
 * <p>Closing never interrupts running work: an interrupt that lands while a native library is
 * being unpacked breaks that library for the rest of the session. Work still running finishes on
 * its daemon thread and its outcome is dropped.
 */
public final class DaemonTaskExecutor implements TaskExecutor {
    /** As many threads as there are tasks: for work that may hang, such as a decoder given a damaged file. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private static final Logger LOG = LoggerFactory.getLogger(DaemonTaskExecutor.class);
    private static final long IDLE_SECONDS = 10;

    private final ExecutorService workers;
    private final Executor fxThread;
    private volatile boolean closed;

    /** Runs work on at most {@code threads} daemon threads named after {@code name}. */
    public DaemonTaskExecutor(String name, int threads) {
        this(name, threads, Platform::runLater);
    }

    /** Outcomes are handed to {@code fxThread} instead of {@link Platform#runLater} (for tests without a toolkit). */
    public DaemonTaskExecutor(String name, int threads, Executor fxThread) {
        if (threads < 1) {
            throw new IllegalArgumentException("an executor needs at least one thread, not " + threads);
        }
        this.fxThread = Objects.requireNonNull(fxThread);
        ThreadFactory factory = daemonThreads(Objects.requireNonNull(name));
        if (threads == UNBOUNDED) {
            workers = Executors.newCachedThreadPool(factory);
        } else {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), factory);
            pool.allowCoreThreadTimeOut(true);
            workers = pool;
        }
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        return task.start(workers, this::handOff);
    }

    /** Gives {@code action} to the FX thread; throws when there is none (closed, or the toolkit has exited). */
    private void handOff(Runnable action) {
        if (closed) {
            throw new IllegalStateException("the executor is closed");
        }
        fxThread.execute(action);
    }

    @Override
    public void runOnFxThread(Runnable action) {
        try {
            handOff(action);
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("no FX thread to hand a result to", toolkitGone);
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdown();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
