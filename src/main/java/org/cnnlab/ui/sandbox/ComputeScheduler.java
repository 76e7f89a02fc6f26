package org.cnnlab.ui.sandbox;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.FeatureMapPipeline;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.ui.tasks.LatestWinsWorker;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides where the sandbox's next computation runs and hands back only what is still wanted. A
 * request whose computation is predicted to fit in {@value #INLINE_BUDGET_MILLIS} ms (the last
 * computation with the same engine, scaled by its multiply-adds: pixels × kernel taps) runs
 * {@link FeatureMapPipeline#compute} right away on the calling (FX) thread, so its result is
 * painted in the same frame as the keystroke. Every other request goes to a {@link LatestWinsWorker},
 * off the FX thread, and its outcome comes back through the FX executor. An outcome older than
 * one already handed on is released and dropped, so a late result never replaces a newer one.
 *
 * <p>{@link #submit} and the outcome callback run on the FX thread.
 */
final class ComputeScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeScheduler.class);
    /** The most an edit may spend computing on the FX thread: a quarter of a 60 Hz frame. */
    static final int INLINE_BUDGET_MILLIS = 4;

    private final Supplier<Convolver> engine;
    private final Executor fxThread;
    private final Consumer<Outcome> onOutcome;
    private final FeatureMapPipeline pipeline = new FeatureMapPipeline();
    private final LatestWinsWorker<Outcome> worker;
    private long submitted;
    /** The sequence number of the newest request whose outcome was handed on. */
    private long shownSequence;
    /** The last computation's cost, to predict the next one's: time, multiply-adds and engine. */
    private long lastComputeNanos = -1;
    private long lastWork;
    private String lastEngine = "";
    private volatile boolean shutDown;

    /** Outcomes go to {@code onOutcome} on the thread {@code fxThread} runs its tasks on. */
    ComputeScheduler(Supplier<Convolver> engine, Executor fxThread, Consumer<Outcome> onOutcome) {
        this.engine = Objects.requireNonNull(engine);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.onOutcome = Objects.requireNonNull(onOutcome);
        this.worker = new LatestWinsWorker<>("sandbox-compute", this::deliver, this::fail);
    }

    /** Computes {@code spec} on {@code image}, inline or on the worker; the outcome follows (maybe before this returns). */
    void submit(FloatPlanes image, PipelineSpec spec) {
        if (shutDown) {
            return;
        }
        long editNanos = System.nanoTime();
        long sequence = ++submitted;
        Convolver convolver = engine.get();
        long work = work(image, spec);
        if (fitsInline(work, convolver)) {
            accept(compute(image, spec, convolver, work, editNanos, sequence));
        } else {
            worker.submit(() -> compute(image, spec, convolver, work, editNanos, sequence));
        }
    }

    /** Stops the worker; later outcomes are released unseen. */
    void shutdown() {
        shutDown = true;
        worker.close();
    }

    private boolean fitsInline(long work, Convolver convolver) {
        if (lastComputeNanos < 0 || !convolver.name().equals(lastEngine) || !worker.isIdle()) {
            return false;
        }
        double predicted = (double) lastComputeNanos * work / lastWork;
        return predicted < INLINE_BUDGET_MILLIS * 1e6;
    }

    /** Multiply-adds of the convolutions: pixels times the taps of every kernel of every filter. */
    private static long work(FloatPlanes image, PipelineSpec spec) {
        long taps = 0;
        for (Filter filter : spec.filters()) {
            taps += (long) filter.channels() * filter.kernelHeight() * filter.kernelWidth();
        }
        return (long) image.height() * image.width() * Math.max(1, taps);
    }

    private Outcome compute(FloatPlanes image, PipelineSpec spec, Convolver convolver, long work, long editNanos,
            long sequence) {
        try {
            PipelineResult computed = pipeline.compute(image, spec, convolver);
            return new Outcome(computed, "", image, work, editNanos, sequence, false);
        } catch (RuntimeException e) {
            return new Outcome(null, messageFor(e), image, 0, editNanos, sequence, false);
        }
    }

    private void deliver(Outcome outcome) {
        if (shutDown) {
            outcome.release();
            return;
        }
        try {
            fxThread.execute(() -> accept(outcome));
        } catch (IllegalStateException toolkitGone) {
            outcome.release();
        }
    }

    private void accept(Outcome outcome) {
        if (shutDown || outcome.sequence() < shownSequence) {
            outcome.release();
            return;
        }
        shownSequence = outcome.sequence();
        if (outcome.result() != null) {
            lastComputeNanos = outcome.result().computeNanos();
            lastWork = outcome.work();
            lastEngine = outcome.result().engine();
        }
        onOutcome.accept(outcome.answering(outcome.sequence() == submitted));
    }

    /** What the worker could not turn into an outcome: it ran out of memory. Not tied to one request. */
    private void fail(RuntimeException e) {
        String message = messageFor(e);
        if (shutDown) {
            return;
        }
        try {
            fxThread.execute(() -> onOutcome.accept(new Outcome(null, message, null, 0, 0, -1, false)));
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("no FX thread to report to", toolkitGone);
        }
    }

    private static String messageFor(RuntimeException e) {
        if (!(e instanceof IllegalArgumentException)) {
            LOG.warn("sandbox computation failed", e);
        }
        return capitalise(e instanceof IllegalArgumentException || e instanceof IllegalStateException
                ? e.getMessage()
                : "the computation failed (" + e.getClass().getSimpleName() + "); the last result stays on screen");
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "Something went wrong; try another setting"
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * What one request produced: a result (with its multiply-adds), or the message saying why it
     * could not be computed; {@code image} is the input it was computed on ({@code null} for a
     * failure of the worker itself), and {@code newest} says whether no later request was submitted.
     */
    record Outcome(PipelineResult result, String errorMessage, FloatPlanes image, long work, long editNanos, long sequence,
            boolean newest) {
        Outcome answering(boolean isNewest) {
            return new Outcome(result, errorMessage, image, work, editNanos, sequence, isNewest);
        }

        void release() {
            if (result != null) {
                result.release();
            }
        }
    }
}
