package org.cnnlab.services.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The drawing waiting to be read, latest wins: a new request replaces the canvas of one still
 * waiting and joins its futures, so one reading answers them all. Thread-safe.
 */
final class LatestDrawing {
    /** A canvas and every future waiting for its reading. */
    record Request(float[] canvas, int width, int height, List<CompletableFuture<DrawingReading>> futures) {
        /** Completes every waiting future with {@code reading}. */
        void answer(DrawingReading reading) {
            futures.forEach(future -> future.complete(reading));
        }

        /** Fails every waiting future with {@code failure}. */
        void fail(StudioException failure) {
            futures.forEach(future -> future.completeExceptionally(failure));
        }
    }

    private Request waiting;

    /** Queues {@code canvas} (copied) in place of any waiting one; {@code future} gets its reading. */
    synchronized void offer(float[] canvas, int width, int height, CompletableFuture<DrawingReading> future) {
        List<CompletableFuture<DrawingReading>> futures = new ArrayList<>();
        if (waiting != null) {
            futures.addAll(waiting.futures());
        }
        futures.add(future);
        waiting = new Request(canvas.clone(), width, height, List.copyOf(futures));
    }

    /** The waiting request, now no longer waiting; null when there is none. */
    synchronized Request take() {
        Request request = waiting;
        waiting = null;
        return request;
    }
}
