package org.cnnlab.ui.studio;

/** One point of a training chart: {@code x} is the batch step or the epoch, {@code y} the value. */
public record ChartPoint(double x, double y) {
}
