package org.cnnlab.imaging;

import java.time.Duration;

/**
 * Limits and choices for one decode.
 *
 * @param page          which page or frame to decode, from 0
 * @param maxMegapixels images larger than this are refused (or downsampled when allowed)
 * @param downsample    when true, an image over the limit is read with subsampling instead of refused
 * @param timeout       how long a decode may take before it is abandoned
 */
public record DecodeOptions(int page, double maxMegapixels, boolean downsample, Duration timeout) {
    public static final double DEFAULT_MAX_MEGAPIXELS = 40.0;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public DecodeOptions {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (!(maxMegapixels > 0)) {
            throw new IllegalArgumentException("the megapixel limit must be positive");
        }
    }

    public static DecodeOptions defaults() {
        return new DecodeOptions(0, DEFAULT_MAX_MEGAPIXELS, false, DEFAULT_TIMEOUT);
    }

    public DecodeOptions withPage(int newPage) {
        return new DecodeOptions(newPage, maxMegapixels, downsample, timeout);
    }

    public DecodeOptions withDownsample(boolean allow) {
        return new DecodeOptions(page, maxMegapixels, allow, timeout);
    }

    public DecodeOptions withMaxMegapixels(double limit) {
        return new DecodeOptions(page, limit, downsample, timeout);
    }

    /** The smallest subsampling step that brings {@code width x height} under the limit. */
    public int subsamplingFor(long width, long height) {
        int step = 1;
        while ((double) (width / step) * (height / step) / 1e6 > maxMegapixels) {
            step++;
        }
        return step;
    }
}
