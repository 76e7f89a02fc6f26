package org.cnnlab.ui.tasks;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cnnlab.ui.ErrorReporter;

/**
 * Work that must not run on the FX thread, and what the screen does with its outcome. The work is
 * either a {@link Callable} that a {@link TaskExecutor} runs on one of its threads ({@link #call}),
 * or a request to a service that owns its own thread and answers with a future ({@link #awaiting}).
 * Either way the outcome comes back on the FX thread: {@link #onSuccess} with the value, or
 * {@link #onFailure} with one sentence for the user written by the app's one error policy
 * ({@link ErrorReporter#userMessage}); a cancelled task calls neither.
 *
 * <p>Configure a task on the FX thread before handing it to {@link TaskExecutor#execute}; it runs once.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {
    private final String whatFails;
    private final Callable<T> work;
    private final Supplier<? extends CompletionStage<T>> request;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super TaskFailure> onFailure = failure -> { };
    private Runnable onDone = () -> { };
    private Duration timeout;

    private BackgroundTask(String whatFails, Callable<T> work, Supplier<? extends CompletionStage<T>> request) {
        this.whatFails = Objects.requireNonNull(whatFails);
        this.work = work;
        this.request = request;
    }

    /**
     * Work for a background thread.
     *
     * @param whatFails the start of the user's message should it fail, e.g. {@code "The model could not be saved"}
     */
    public static <T> BackgroundTask<T> call(String whatFails, Callable<T> work) {
        return new BackgroundTask<>(whatFails, Objects.requireNonNull(work), null);
    }

    /** Work for a background thread that produces nothing but may fail. */
    public static BackgroundTask<Void> run(String whatFails, ThrowingRunnable work) {
        Objects.requireNonNull(work);
        return call(whatFails, () -> {
            work.run();
            return null;
        });
    }

    /**
     * A request to a service that runs it on its own thread: {@code request} is called at once on
     * the caller's thread and its future awaited; a request that throws fails the task.
     */
    public static <T> BackgroundTask<T> awaiting(String whatFails, Supplier<? extends CompletionStage<T>> request) {
        return new BackgroundTask<>(whatFails, null, Objects.requireNonNull(request));
    }

    /** Receives the work's value on the FX thread. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Receives the failure, with its message for the user, on the FX thread. */
    public BackgroundTask<T> onFailure(Consumer<? super TaskFailure> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs on the FX thread when the work ended either way, before {@link #onSuccess} or {@link #onFailure}. */
    public BackgroundTask<T> onDone(Runnable action) {
        this.onDone = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Gives up on work that runs longer than {@code limit}: the task fails with a
     * {@link java.util.concurrent.TimeoutException} and the work's eventual result is ignored (it is
     * not interrupted: see {@link TaskHandle#cancelAndInterrupt()}). Null or zero: no limit.
     */
    public BackgroundTask<T> timeout(Duration limit) {
        this.timeout = limit == null || limit.isZero() || limit.isNegative() ? null : limit;
        return this;
    }

    /** The start of the user's message should this task fail. */
    public String whatFails() {
        return whatFails;
    }

    /**
     * Starts the work ({@code workers} runs a {@link #call}'s callable) and hands its outcome to
     * {@code fxThread}; the returned handle cancels it.
     */
    TaskHandle start(Executor workers, Executor fxThread) {
        TaskHandle handle = new TaskHandle();
        CompletableFuture<T> outcome;
        if (work != null) {
            FutureTask<T> running = new FutureTask<>(work);
            handle.attach(running);
            outcome = new CompletableFuture<>();
            CompletableFuture<T> target = outcome;
            try {
                workers.execute(() -> {
                    running.run();
                    complete(running, target);
                });
            } catch (RuntimeException refused) {
                outcome.completeExceptionally(refused);
            }
        } else {
            try {
                outcome = request.get().toCompletableFuture();
            } catch (RuntimeException e) {
                outcome = CompletableFuture.failedFuture(e);
            }
        }
        if (timeout != null) {
            outcome = outcome.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        outcome.whenComplete((value, error) -> {
            try {
                fxThread.execute(() -> deliver(handle, value, error));
            } catch (RuntimeException noFxThread) {
                handle.finish();
            }
        });
        return handle;
    }

    private static <T> void complete(Future<T> ran, CompletableFuture<T> target) {
        try {
            target.complete(ran.get());
        } catch (CancellationException e) {
            target.cancel(false);
        } catch (java.util.concurrent.ExecutionException e) {
            target.completeExceptionally(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            target.completeExceptionally(e);
        }
    }

    private void deliver(TaskHandle handle, T value, Throwable error) {
        try {
            if (handle.isCancelled()) {
                return;
            }
            onDone.run();
            if (error == null) {
                onSuccess.accept(value);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                onFailure.accept(new TaskFailure(ErrorReporter.userMessage(whatFails, cause), cause));
            }
        } finally {
            handle.finish();
        }
    }

    /** Work that returns nothing and may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
