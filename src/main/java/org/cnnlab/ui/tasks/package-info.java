/**
 * How the UI works off the FX thread: a {@link org.cnnlab.ui.tasks.BackgroundTask} is the work and
 * what the screen does with its outcome, a {@link org.cnnlab.ui.tasks.TaskExecutor} runs it (named
 * daemon threads in the app, inline in tests) and hands the outcome back to the FX thread, failures
 * worded by the app's one error policy. {@link org.cnnlab.ui.tasks.LatestWinsWorker} is the
 * sandbox's single compute thread where only the newest request matters.
 */
package org.cnnlab.ui.tasks;
