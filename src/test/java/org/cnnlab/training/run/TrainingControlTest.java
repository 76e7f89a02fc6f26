package org.cnnlab.training.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainingControlTest {
    @Test
    void aRunningControlPermitsEveryBatch() throws InterruptedException {
        TrainingControl control = new TrainingControl();

        assertThat(control.awaitPermissionForBatch()).isTrue();
        assertThat(control.awaitPermissionForBatch()).isTrue();
    }

    @Test
    void aStepWhilePausedPermitsExactlyOneBatch() throws Exception {
        TrainingControl control = new TrainingControl();
        control.pause();
        control.step();

        assertThat(control.awaitPermissionForBatch()).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> awaitQuietly(control));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        control.stop();
        assertThat(second.get(2, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void wakingAPausedThreadRunsThePauseWorkAndKeepsItPaused() throws Exception {
        TrainingControl control = new TrainingControl();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(2);
        control.setPauseWork(() -> {
            runs.incrementAndGet();
            ran.countDown();
        });
        control.pause();
        CompletableFuture<Boolean> permission = CompletableFuture.supplyAsync(() -> awaitQuietly(control));

        control.wake();
        Thread.sleep(50);
        control.wake();
        assertThat(ran.await(2, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);

        assertThat(permission).isNotDone();
        assertThat(runs).hasValue(2);
        control.resume();
        assertThat(permission.get(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWakeWhileRunningRunsThePauseWorkBeforeTheNextBatch() throws InterruptedException {
        TrainingControl control = new TrainingControl();
        AtomicInteger runs = new AtomicInteger();
        control.setPauseWork(runs::incrementAndGet);

        control.wake();

        assertThat(control.awaitPermissionForBatch()).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(control.awaitPermissionForBatch()).isTrue();
        assertThat(runs).hasValue(1);
    }

    private static boolean awaitQuietly(TrainingControl control) {
        try {
            return control.awaitPermissionForBatch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
