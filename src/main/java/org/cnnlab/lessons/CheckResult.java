package org.cnnlab.lessons;

/** The verdict on one answer: right or not, and what to tell the student. */
public record CheckResult(boolean correct, String feedback) {
}
