package org.cnnlab.ui.studio;

/** What the studio is doing with its network, which decides the commands a student may use. */
public enum StudioState {
    /** No training run: the settings can change, a model can be created, loaded, saved or evaluated. */
    IDLE,
    /** A run is training batch after batch: it can be paused or stopped. */
    TRAINING,
    /** A run is held between batches: it can resume, advance one batch or stop. */
    PAUSED
}
