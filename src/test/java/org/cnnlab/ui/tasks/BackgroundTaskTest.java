package org.cnnlab.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.cnnlab.services.studio.StudioException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final List<Runnable> handOffs = new ArrayList<>();
    private final InlineTaskExecutor inline = new InlineTaskExecutor(handOffs::add);
    private final ExecutorService fakeFxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));

    @AfterEach
    void stopFakeFxThread() {
        fakeFxThread.shutdownNow();
    }

    private void runHandOffs() {
        List<Runnable> now = List.copyOf(handOffs);
        handOffs.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aSuccessfulTaskHandsItsValueToTheFxThreadAfterItsDoneAction() {
        List<String> seen = new ArrayList<>();
        inline.execute(BackgroundTask.call("Counting failed", () -> 42)
                .onDone(() -> seen.add("done"))
                .onSuccess(value -> seen.add("value " + value))
                .onFailure(failure -> seen.add("failure")));
        assertThat(seen).as("nothing reaches the screen before the FX thread runs the hand-off").isEmpty();
        runHandOffs();
        assertThat(seen).containsExactly("done", "value 42");
    }

    @Test
    void aFailureReachesTheUserAsOneSentenceSayingWhatFailed() {
        AtomicReference<TaskFailure> failure = new AtomicReference<>();
        inline.execute(BackgroundTask.call("The model could not be saved", () -> {
            throw new java.io.IOException("the disk is full");
        }).onSuccess(value -> failure.set(null)).onFailure(failure::set));
        runHandOffs();
        assertThat(failure.get().message()).isEqualTo("The model could not be saved: the disk is full.");
        assertThat(failure.get().cause()).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aServiceSentenceWrittenForTheUserIsShownAsItIs() {
        AtomicReference<String> message = new AtomicReference<>();
        inline.execute(BackgroundTask.<Void>awaiting("Training stopped",
                () -> CompletableFuture.failedFuture(new StudioException("The studio is closed.")))
                .onFailure(f -> message.set(f.message())));
        runHandOffs();
        assertThat(message.get()).isEqualTo("The studio is closed.");
    }

    @Test
    void aRequestThatThrowsFailsTheTaskInsteadOfTheCaller() {
        AtomicReference<String> message = new AtomicReference<>();
        inline.execute(BackgroundTask.<Integer>awaiting("The test image could not be shown", () -> {
            throw new IllegalStateException("no network");
        }).onFailure(f -> message.set(f.message())));
        runHandOffs();
        assertThat(message.get()).isEqualTo("The test image could not be shown: no network.");
    }

    @Test
    void aCancelledTaskCallsNoneOfItsCallbacks() {
        List<String> seen = new ArrayList<>();
        TaskHandle handle = inline.execute(BackgroundTask.call("x", () -> 1)
                .onDone(() -> seen.add("done")).onSuccess(v -> seen.add("value")).onFailure(f -> seen.add("failure")));
        handle.cancel();
        runHandOffs();
        assertThat(seen).isEmpty();
        assertThat(handle.isCancelled()).isTrue();
        assertThat(handle.finished()).isDone();
    }

    @Test
    void cancellingInterruptsWorkStillRunningOnItsThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try (DaemonTaskExecutor executor = new DaemonTaskExecutor("cancel-test", 1, fakeFxThread)) {
            TaskHandle handle = executor.execute(BackgroundTask.run("x", () -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            handle.cancelAndInterrupt();
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void workRunsOnNamedDaemonThreadsAndItsOutcomeOnTheFxThread() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        try (DaemonTaskExecutor executor = new DaemonTaskExecutor("dataset-loader", 2, fakeFxThread)) {
            TaskHandle handle = executor.execute(BackgroundTask.call("x", () -> {
                worker.set(Thread.currentThread());
                return 7;
            }).onSuccess(v -> callbackThread.set(Thread.currentThread().getName())));
            handle.finished().get(5, TimeUnit.SECONDS);
        }
        assertThat(worker.get().getName()).isEqualTo("dataset-loader-1");
        assertThat(worker.get().isDaemon()).isTrue();
        assertThat(callbackThread.get()).isEqualTo("fake-fx");
    }

    @Test
    void workThatOutlivesItsTimeoutFailsWithATimeout() throws Exception {
        AtomicReference<Throwable> cause = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        try (DaemonTaskExecutor executor = new DaemonTaskExecutor("timeout-test", 1, fakeFxThread)) {
            TaskHandle handle = executor.execute(BackgroundTask.run("x", release::await)
                    .timeout(Duration.ofMillis(50))
                    .onFailure(f -> cause.set(f.cause())));
            handle.finished().get(5, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
        assertThat(cause.get()).isInstanceOf(TimeoutException.class);
    }

    @Test
    void anOutcomeThatArrivesAfterCloseIsDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<>("nothing");
        DaemonTaskExecutor executor = new DaemonTaskExecutor("close-test", 1, Runnable::run);
        TaskHandle handle = executor.execute(BackgroundTask.call("x", () -> {
            release.await();
            return "value";
        }).onSuccess(seen::set));
        executor.close();
        release.countDown();
        handle.finished().get(5, TimeUnit.SECONDS);
        assertThat(seen.get()).isEqualTo("nothing");
    }

    @Test
    void theFxHandOffOfTheAppsExecutorRunsOnTheJavaFxApplicationThread() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        try (DaemonTaskExecutor executor = new DaemonTaskExecutor("fx-test", 1)) {
            executor.execute(BackgroundTask.call("x", () -> javafx.application.Platform.isFxApplicationThread())
                    .onSuccess(workerWasFx -> onFxThread.set(!workerWasFx && javafx.application.Platform.isFxApplicationThread())))
                    .finished().get(5, TimeUnit.SECONDS);
        }
        assertThat(onFxThread.get()).isTrue();
    }
}
