package org.cnnlab.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestWinsWorkerTest {

    @Test
    void requestsQueuedBehindABusyJobCollapseIntoTheLatest() throws Exception {
        List<Integer> results = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch lastDone = new CountDownLatch(1);
        try (LatestWinsWorker<Integer> worker = new LatestWinsWorker<>("test", r -> {
            results.add(r);
            if (r == 99) {
                lastDone.countDown();
            }
        }, e -> { })) {
            worker.submit(() -> {
                firstStarted.countDown();
                await(release);
                return 0;
            });
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i <= 99; i++) {
                int value = i;
                worker.submit(() -> value);
            }
            release.countDown();
            assertThat(lastDone.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(results).containsExactly(0, 99);
    }

    @Test
    void aFailingJobReportsItsErrorAndTheWorkerKeepsGoing() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (LatestWinsWorker<String> worker = new LatestWinsWorker<>("test", r -> done.countDown(), e -> errors.add(e.getMessage()))) {
            worker.submit(() -> {
                throw new IllegalArgumentException("kernel too large");
            });
            waitUntil(() -> !errors.isEmpty());
            worker.submit(() -> "fine");
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(errors).containsExactly("kernel too large");
    }

    @Test
    void theWorkerIsIdleOnlyWhenNoJobWaitsOrRunsAndAlreadyWhileTheLastResultIsHandedOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch handing = new CountDownLatch(1);
        CountDownLatch handed = new CountDownLatch(1);
        try (LatestWinsWorker<Integer> worker = new LatestWinsWorker<>("test", r -> {
            handing.countDown();
            await(handed);
        }, e -> { })) {
            assertThat(worker.isIdle()).isTrue();
            worker.submit(() -> {
                started.countDown();
                await(release);
                return 1;
            });
            assertThat(worker.isIdle()).isFalse();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isIdle()).isFalse();
            release.countDown();
            assertThat(handing.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isIdle()).isTrue();
            handed.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
