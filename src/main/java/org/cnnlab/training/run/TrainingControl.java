package org.cnnlab.training.run;

/**
 * Start, pause, resume, single-step and stop for a training run, called from any thread; the
 * training thread asks {@link #awaitPermissionForBatch()} before each batch. A thread that owns
 * more than training (e.g. also answers view requests) can be woken during a pause with
 * {@link #wake()} to run its {@linkplain #setPauseWork pause work}, then waits again. Thread-safe.
 */
public final class TrainingControl {
    private boolean paused;
    private boolean stopped;
    private int steps;
    private boolean workPending;
    private Runnable pauseWork = () -> {
    };

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** While paused, lets exactly one more batch run. */
    public synchronized void step() {
        steps++;
        notifyAll();
    }

    /** Ends the run after the current batch, also when paused. */
    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** What the training thread runs when {@link #wake() woken}; it runs outside this object's lock. */
    public synchronized void setPauseWork(Runnable work) {
        pauseWork = work;
    }

    /**
     * Has the training thread run the pause work once: at once if it waits in a pause, otherwise
     * before its next batch.
     */
    public synchronized void wake() {
        workPending = true;
        notifyAll();
    }

    /**
     * Blocks while paused (until resume, step or stop), running the pause work each time
     * {@link #wake()} is called meanwhile.
     *
     * @return true to run the next batch, false to stop
     */
    public boolean awaitPermissionForBatch() throws InterruptedException {
        while (true) {
            Runnable work;
            synchronized (this) {
                while (paused && !stopped && steps == 0 && !workPending) {
                    wait();
                }
                if (!workPending) {
                    if (stopped) {
                        return false;
                    }
                    if (paused) {
                        steps--;
                    }
                    return true;
                }
                workPending = false;
                work = pauseWork;
            }
            work.run();
        }
    }
}
