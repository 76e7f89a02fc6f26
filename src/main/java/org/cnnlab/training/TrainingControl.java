package org.cnnlab.training;

/**
 * Start, pause, resume, single-step and stop for a training run, called from any thread; the
 * training thread asks {@link #awaitPermissionForBatch()} before each batch. Thread-safe.
 */
public final class TrainingControl {
    private boolean paused;
    private boolean stopped;
    private int steps;

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

    /**
     * Blocks while paused (until resume, step or stop).
     *
     * @return true to run the next batch, false to stop
     */
    public synchronized boolean awaitPermissionForBatch() throws InterruptedException {
        while (paused && !stopped && steps == 0) {
            wait();
        }
        if (stopped) {
            return false;
        }
        if (paused) {
            steps--;
        }
        return true;
    }
}
