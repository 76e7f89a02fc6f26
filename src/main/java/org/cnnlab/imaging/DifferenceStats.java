package org.cnnlab.imaging;

/**
 * Size of the difference between two decodes, in normalised units (each sample divided by its full
 * scale, so 0–1 whatever the bit depth): {@code max |a − b|} and {@code mean |a − b|} over all
 * compared samples.
 */
public record DifferenceStats(double maxAbs, double meanAbs, int channelsCompared) {
}
