package org.cnnlab.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the sandbox's stages for a whole filter bank: input → convolution → activation → max and/or
 * average pooling, plus statistics and global average pooling.
 *
 * <p>Buffers are reused across edits: the pipeline keeps a few buffer sets and writes each result
 * into one that no holder is reading (one displayed, one on its way to the screen, one being
 * computed), so an edit allocates full-size arrays only when a shape changes. Not thread-safe:
 * one thread at a time calls {@link #compute} (calls from different threads must be ordered by a
 * happens-before edge); any thread may release results.
 */
public final class FeatureMapPipeline {
    private static final int BUFFER_SETS = 3;

    private final List<BufferSet> sets = new ArrayList<>();

    public FeatureMapPipeline() {
        for (int i = 0; i < BUFFER_SETS; i++) {
            sets.add(new BufferSet());
        }
    }

    /** Computes every map of {@code spec} on {@code input} with {@code engine}. */
    public PipelineResult compute(FloatPlanes input, PipelineSpec spec, Convolver engine) {
        if (input.channels() != spec.mode().inputChannels()) {
            throw new IllegalArgumentException(spec.mode().id() + " mode needs an image with " + spec.mode().inputChannels()
                    + " channel(s), got " + input.channels());
        }
        long start = System.nanoTime();
        BufferSet set = acquire();
        try {
            List<FilterResult> filters = new ArrayList<>(spec.filters().size());
            for (int f = 0; f < spec.filters().size(); f++) {
                filters.add(computeFilter(input, spec, f, engine, set));
            }
            return new PipelineResult(spec, input, filters, engine.name(), System.nanoTime() - start, set::release);
        } catch (RuntimeException e) {
            set.release();
            throw e;
        }
    }

    private FilterResult computeFilter(FloatPlanes input, PipelineSpec spec, int f, Convolver engine, BufferSet set) {
        Filter filter = spec.filters().get(f);
        ConvGeometry geometry = spec.geometryFor(filter);
        geometry.checkFits(input.height(), input.width(), filter.kernelHeight(), filter.kernelWidth());
        List<MapResult> maps = new ArrayList<>();
        if (spec.mode() == ColorMode.DEPTHWISE) {
            for (int c = 0; c < input.channels(); c++) {
                FloatPlanes plane = set.buffer("in" + c, 1, input.height(), input.width());
                System.arraycopy(input.data(), input.planeOffset(c), plane.data(), 0, input.planeSize());
                Filter single = new Filter(List.of(filter.kernel(c)), 0f);
                maps.add(computeMap(plane, single, geometry, spec, engine, set, f + "/" + c, c));
            }
        } else {
            maps.add(computeMap(input, filter, geometry, spec, engine, set, Integer.toString(f), -1));
        }
        return new FilterResult(filter, geometry, maps);
    }

    private MapResult computeMap(FloatPlanes input, Filter filter, ConvGeometry geometry, PipelineSpec spec,
            Convolver engine, BufferSet set, String key, int channel) {
        int oh = geometry.outputHeight(input.height(), filter.kernelHeight());
        int ow = geometry.outputWidth(input.width(), filter.kernelWidth());
        FloatPlanes conv = set.buffer("conv" + key, 1, oh, ow);
        engine.correlate(input, filter, geometry, conv);
        FloatPlanes activated = set.buffer("act" + key, 1, oh, ow);
        spec.activation().apply(conv, activated);
        FloatPlanes max = null;
        FloatPlanes avg = null;
        if (spec.pools() != PoolSelection.NONE) {
            Pooling maxPool = spec.maxPooling();
            int ph = maxPool.outputSize(oh);
            int pw = maxPool.outputSize(ow);
            if (ph > 0 && pw > 0) {
                if (spec.pools().includesMax()) {
                    max = set.buffer("max" + key, 1, ph, pw);
                    maxPool.apply(activated, max);
                }
                if (spec.pools().includesAverage()) {
                    avg = set.buffer("avg" + key, 1, ph, pw);
                    spec.averagePooling().apply(activated, avg);
                }
            }
        }
        MapStats activatedStats = MapStats.ofAll(activated);
        // A single-plane map's global average pooling is its mean, which the statistics already hold.
        return new MapResult(channel, conv, activated, max, avg, MapStats.ofAll(conv), activatedStats,
                (float) activatedStats.mean());
    }

    private BufferSet acquire() {
        for (BufferSet set : sets) {
            if (set.tryAcquire()) {
                return set;
            }
        }
        BufferSet extra = new BufferSet();
        extra.tryAcquire();
        sets.add(extra);
        return extra;
    }

    /** Number of buffer sets created so far: stays at three while holders release their results. */
    int bufferSetCount() {
        return sets.size();
    }

    private static final class BufferSet {
        private final Map<String, FloatPlanes> buffers = new HashMap<>();
        private final AtomicBoolean inUse = new AtomicBoolean();

        boolean tryAcquire() {
            return inUse.compareAndSet(false, true);
        }

        void release() {
            inUse.set(false);
        }

        FloatPlanes buffer(String key, int c, int h, int w) {
            FloatPlanes planes = FloatPlanes.reuseOrAllocate(buffers.get(key), c, h, w);
            buffers.put(key, planes);
            return planes;
        }
    }
}
