package org.cnnlab.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.cnnlab.services.studio.EpochPoint;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.services.studio.StudioListener;
import org.cnnlab.services.studio.TrainingProgress;
import org.cnnlab.ui.tasks.TaskExecutor;

/**
 * Coalesces the studio's events into frames: events arrive on the studio's model thread and are
 * queued; the first one after a frame schedules one hand-off to the FX thread, which applies
 * everything queued since as one {@link Frame}. Every progress report and epoch is kept (the curves
 * need all their points) but only the newest network picture, so a slow frame never builds a
 * backlog. After {@link #close()} nothing more is applied.
 */
final class StudioFrames implements StudioListener, AutoCloseable {
    /**
     * What changed since the last frame.
     *
     * @param progress every progress report, oldest first
     * @param epochs   every finished epoch, oldest first
     * @param picture  the newest network picture, null when none came
     */
    record Frame(List<TrainingProgress> progress, List<EpochPoint> epochs, NetworkPicture picture) {
        /** The newest progress report, null when none came. */
        TrainingProgress lastProgress() {
            return progress.isEmpty() ? null : progress.get(progress.size() - 1);
        }
    }

    private final TaskExecutor tasks;
    private final Consumer<Frame> apply;
    private final Queue<TrainingProgress> pendingProgress = new ConcurrentLinkedQueue<>();
    private final Queue<EpochPoint> pendingEpochs = new ConcurrentLinkedQueue<>();
    private final AtomicReference<NetworkPicture> pendingPicture = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;

    /** Frames go to {@code apply} on the FX thread, handed over by {@code tasks}. */
    StudioFrames(TaskExecutor tasks, Consumer<Frame> apply) {
        this.tasks = Objects.requireNonNull(tasks);
        this.apply = Objects.requireNonNull(apply);
    }

    @Override
    public void onProgress(TrainingProgress progress) {
        pendingProgress.add(progress);
        schedule();
    }

    @Override
    public void onEpoch(EpochPoint epoch) {
        pendingEpochs.add(epoch);
        schedule();
    }

    @Override
    public void onNetwork(NetworkPicture picture) {
        pendingPicture.set(picture);
        schedule();
    }

    /** Forgets the events not applied yet (on the FX thread, when the charts start afresh). */
    void discardPending() {
        pendingProgress.clear();
        pendingEpochs.clear();
    }

    @Override
    public void close() {
        closed = true;
    }

    private void schedule() {
        if (!closed && scheduled.compareAndSet(false, true)) {
            tasks.runOnFxThread(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        if (closed) {
            return;
        }
        List<TrainingProgress> progress = new ArrayList<>();
        for (TrainingProgress p = pendingProgress.poll(); p != null; p = pendingProgress.poll()) {
            progress.add(p);
        }
        List<EpochPoint> epochs = new ArrayList<>();
        for (EpochPoint e = pendingEpochs.poll(); e != null; e = pendingEpochs.poll()) {
            epochs.add(e);
        }
        apply.accept(new Frame(progress, epochs, pendingPicture.getAndSet(null)));
    }
}
