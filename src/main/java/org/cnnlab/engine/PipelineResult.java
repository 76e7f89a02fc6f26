package org.cnnlab.engine;

import java.util.List;

/**
 * What one sandbox computation produced, handed to the UI as a snapshot. Its maps live in
 * buffers the pipeline reuses: the holder calls {@link #release()} once it no longer reads them
 * (the UI does so when a newer result replaces this one), and must not read them afterwards.
 */
public final class PipelineResult {
    private final PipelineSpec spec;
    private final FloatPlanes input;
    private final List<FilterResult> filters;
    private final String engine;
    private final long computeNanos;
    private final Runnable releaser;

    PipelineResult(PipelineSpec spec, FloatPlanes input, List<FilterResult> filters, String engine, long computeNanos,
            Runnable releaser) {
        this.spec = spec;
        this.input = input;
        this.filters = List.copyOf(filters);
        this.engine = engine;
        this.computeNanos = computeNanos;
        this.releaser = releaser;
    }

    public PipelineSpec spec() {
        return spec;
    }

    /** The input the maps were computed from. */
    public FloatPlanes input() {
        return input;
    }

    public List<FilterResult> filters() {
        return filters;
    }

    /** Name of the engine that computed the convolutions. */
    public String engine() {
        return engine;
    }

    public long computeNanos() {
        return computeNanos;
    }

    /** Hands the buffers back to the pipeline; idempotent. */
    public void release() {
        releaser.run();
    }
}
