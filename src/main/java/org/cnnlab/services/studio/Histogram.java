package org.cnnlab.services.studio;

/**
 * Values counted into equal-width bins between {@code min} and {@code max}: bin {@code i} covers
 * {@code [min + i*w, min + (i+1)*w)} with {@code w = (max - min) / counts.length}, the last bin
 * including {@code max}.
 */
public record Histogram(double min, double max, int[] counts) {
    public Histogram {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int bins() {
        return counts.length;
    }
}
