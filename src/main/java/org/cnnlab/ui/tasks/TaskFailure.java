package org.cnnlab.ui.tasks;

/**
 * Why a {@link BackgroundTask} failed: {@code message} is the one sentence the user reads (what
 * failed and why, without class names or stack traces); {@code cause} is for code that reacts to
 * particular failures. The details are already in the log.
 */
public record TaskFailure(String message, Throwable cause) {
}
