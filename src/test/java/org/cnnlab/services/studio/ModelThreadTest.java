package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModelThreadTest {
    private static final long WAIT_SECONDS = 30;

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void jobsRunOneAfterAnotherInTheOrderTheyWerePosted() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        ModelThread thread = new ModelThread("test-model", () -> {
        });

        thread.post(() -> ran.add("first"), e -> ran.add("rejected"));
        thread.post(() -> ran.add("second"), e -> ran.add("rejected"));
        thread.post(() -> done.complete(null), done::completeExceptionally);
        await(done);
        thread.shutDown();

        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aJobThatThrowsDoesNotEndTheThread() throws Exception {
        CompletableFuture<String> next = new CompletableFuture<>();
        ModelThread thread = new ModelThread("test-model", () -> {
        });

        thread.post(() -> {
            throw new IllegalStateException("a defect in one request");
        }, e -> {
        });
        thread.post(() -> next.complete("still serving"), next::completeExceptionally);

        assertThat(await(next)).isEqualTo("still serving");
        assertThat(thread.isClosed()).isFalse();
        thread.shutDown();
    }

    @Test
    void shuttingDownFinishesTheRunningJobAndRejectsTheQueuedOnes() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> queued = new CompletableFuture<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        ModelThread thread = new ModelThread("test-model", () -> ended.complete(null));
        thread.post(() -> {
            running.countDown();
            awaitQuietly(release);
        }, e -> {
        });
        thread.post(() -> queued.complete("ran"), queued::completeExceptionally);
        assertThat(running.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        assertThat(thread.shutDown()).isTrue();
        release.countDown();

        assertThat(queued).failsWithin(WAIT_SECONDS, TimeUnit.SECONDS).withThrowableThat()
                .havingCause().isInstanceOf(StudioException.class).withMessageContaining("closed");
        await(ended);
        assertThat(thread.post(() -> { }, e -> { })).isFalse();
        assertThat(thread.shutDown()).isFalse();
    }

    @Test
    void anErrorEndsTheThreadAndLaterRequestsAreRefused() throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        CompletableFuture<Throwable> uncaught = new CompletableFuture<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.complete(e));
        try {
            ModelThread thread = new ModelThread("test-model", () -> ended.complete(null));

            thread.post(() -> {
                throw new StackOverflowError("simulated");
            }, e -> {
            });
            await(ended);

            assertThat(thread.awaitEnd(TimeUnit.SECONDS.toMillis(WAIT_SECONDS))).isTrue();
            assertThat(thread.isClosed()).isTrue();
            assertThat(thread.post(() -> { }, e -> { })).isFalse();
            assertThat(uncaught).succeedsWithin(WAIT_SECONDS, TimeUnit.SECONDS)
                    .isInstanceOf(StackOverflowError.class);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
