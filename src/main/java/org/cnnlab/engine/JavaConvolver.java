package org.cnnlab.engine;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fast plain-Java engine: the same cross-correlation as {@link ReferenceConvolver}, organised
 * as row-wise multiply-adds so the JIT can vectorise the inner loop. For output row {@code y},
 * every channel {@code c} and kernel tap {@code (i, j)} adds {@code k_c(i, j)} times a (strided,
 * shifted) input row into the output row:
 * <pre>
 *   out[y][x] += k_c(i, j) · in_c[y·s + i·d − p_top][x·s + j·d − p_left]   for all x
 * </pre>
 * The columns that fall inside the input are read without bounds checks; only the few border
 * columns are resolved through {@link BorderMode#resolve}. Rows are spread over a small pool of
 * daemon threads owned by this engine; the output buffer is written in place, nothing full-size
 * is allocated per call.
 */
public final class JavaConvolver implements Convolver {
    /** Below this many multiply-adds a call runs on the calling thread alone. */
    private static final long PARALLEL_THRESHOLD = 250_000;
    /** Row chunks per thread, so that a thread slowed by other work does not hold up the call. */
    private static final int CHUNKS_PER_THREAD = 4;
    /** Kernel taps of one row added in one pass over the output row. */
    private static final int TAPS_PER_PASS = 4;

    private final int threads;
    private final ExecutorService pool;

    /** An engine using {@code min(availableProcessors, 4)} threads. */
    public JavaConvolver() {
        this(Math.min(Runtime.getRuntime().availableProcessors(), 4));
    }

    /** An engine using {@code threads} threads (the calling thread counts as one). */
    public JavaConvolver(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the Java engine needs at least one thread, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "java-convolver-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String description() {
        return "plain Java, row-wise multiply-add on " + threads + " thread(s)";
    }

    /** Number of threads a large call is spread over. */
    public int threads() {
        return threads;
    }

    @Override
    public void correlate(FloatPlanes input, Filter filter, ConvGeometry geometry, FloatPlanes out) {
        Convolver.checkArguments(input, filter, geometry, out);
        float[][] weights = new float[filter.channels()][];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = filter.kernel(c).weights();
        }
        RowJob job = new RowJob(input, weights, filter.kernelHeight(), filter.kernelWidth(), filter.bias(), geometry, out);
        long work = (long) out.planeSize() * filter.channels() * filter.kernelHeight() * filter.kernelWidth();
        if (pool == null || work < PARALLEL_THRESHOLD || out.height() < 2) {
            job.rows(0, out.height());
        } else {
            runInParallel(job, out.height());
        }
    }

    private void runInParallel(RowJob job, int rows) {
        int chunkRows = Math.max(1, rows / (threads * CHUNKS_PER_THREAD));
        int chunks = (rows + chunkRows - 1) / chunkRows;
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
                    int start = chunk * chunkRows;
                    job.rows(start, Math.min(rows, start + chunkRows));
                }
            } catch (RuntimeException | Error t) {
                // carried to the calling thread, which rethrows it after the helpers are done
                failure.compareAndSet(null, t);
            }
        };
        int helpers = Math.min(threads - 1, chunks - 1);
        CountDownLatch done = new CountDownLatch(helpers);
        for (int h = 0; h < helpers; h++) {
            pool.execute(() -> {
                try {
                    worker.run();
                } finally {
                    done.countDown();
                }
            });
        }
        worker.run();
        awaitUninterruptibly(done);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** The helpers write into the caller's buffer, so the caller waits for them even when interrupted. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One call's data; {@link #rows} computes a band of output rows and may run on any thread. */
    private static final class RowJob {
        private final float[] in;
        private final int inHeight;
        private final int inWidth;
        private final float[][] weights;
        private final int kh;
        private final int kw;
        private final float bias;
        private final BorderMode border;
        private final int stride;
        private final int dilation;
        private final int padTop;
        private final int padLeft;
        private final float[] out;
        private final int outWidth;

        RowJob(FloatPlanes input, float[][] weights, int kh, int kw, float bias, ConvGeometry g, FloatPlanes out) {
            this.in = input.data();
            this.inHeight = input.height();
            this.inWidth = input.width();
            this.weights = weights;
            this.kh = kh;
            this.kw = kw;
            this.bias = bias;
            this.border = g.border();
            this.stride = g.stride();
            this.dilation = g.dilation();
            this.padTop = g.padding().top();
            this.padLeft = g.padding().left();
            this.out = out.data();
            this.outWidth = out.width();
        }

        void rows(int firstRow, int endRow) {
            for (int y = firstRow; y < endRow; y++) {
                int outRow = y * outWidth;
                Arrays.fill(out, outRow, outRow + outWidth, bias);
                for (int c = 0; c < weights.length; c++) {
                    int plane = c * inHeight * inWidth;
                    float[] k = weights[c];
                    for (int i = 0; i < kh; i++) {
                        int row = border.resolve(y * stride + i * dilation - padTop, inHeight);
                        if (row < 0) {
                            continue;
                        }
                        int inRow = plane + row * inWidth;
                        for (int j = 0; j < kw; j += TAPS_PER_PASS) {
                            addShiftedRows(k, i * kw + j, Math.min(TAPS_PER_PASS, kw - j), inRow, j, outRow);
                        }
                    }
                }
            }
        }

        /**
         * Adds taps {@code j0 … j0+n-1} of one kernel row: {@code out[outRow + x] += Σ_t w_t ·
         * in[inRow + resolve(x·s + (j0+t)·d − p_left)]}. Where every tap reads inside the input the
         * taps are fused into one pass (one load and store of the output per pass, not per tap);
         * the few columns left over on each side go tap by tap through the border mode.
         */
        private void addShiftedRows(float[] k, int firstWeight, int n, int inRow, int j0, int outRow) {
            int s = stride;
            int lo = 0;
            int hi = outWidth;
            for (int t = 0; t < n; t++) {
                int shift = (j0 + t) * dilation - padLeft;
                lo = Math.max(lo, firstInside(shift));
                hi = Math.min(hi, endInside(shift));
            }
            hi = Math.max(lo, hi);
            for (int t = 0; t < n; t++) {
                float w = k[firstWeight + t];
                int shift = (j0 + t) * dilation - padLeft;
                for (int x = 0; x < lo; x++) {
                    addBorderTap(w, inRow, x * s + shift, outRow + x);
                }
                for (int x = hi; x < outWidth; x++) {
                    addBorderTap(w, inRow, x * s + shift, outRow + x);
                }
            }
            int src = inRow + j0 * dilation - padLeft;
            if (s == 1) {
                fusedUnitStride(k, firstWeight, n, src, outRow, lo, hi);
            } else {
                fusedStrided(k, firstWeight, n, src, outRow, lo, hi);
            }
        }

        /** The fused pass at stride 1, written with unit-stride indices so the JIT vectorises it. */
        private void fusedUnitStride(float[] k, int firstWeight, int n, int src, int outRow, int lo, int hi) {
            int d = dilation;
            float w0 = k[firstWeight];
            int o = outRow;
            switch (n) {
                case 1 -> {
                    for (int x = lo; x < hi; x++) {
                        out[o + x] += w0 * in[src + x];
                    }
                }
                case 2 -> {
                    float w1 = k[firstWeight + 1];
                    int s1 = src + d;
                    for (int x = lo; x < hi; x++) {
                        out[o + x] += w0 * in[src + x] + w1 * in[s1 + x];
                    }
                }
                case 3 -> {
                    float w1 = k[firstWeight + 1];
                    float w2 = k[firstWeight + 2];
                    int s1 = src + d;
                    int s2 = src + 2 * d;
                    for (int x = lo; x < hi; x++) {
                        out[o + x] += w0 * in[src + x] + w1 * in[s1 + x] + w2 * in[s2 + x];
                    }
                }
                default -> {
                    float w1 = k[firstWeight + 1];
                    float w2 = k[firstWeight + 2];
                    float w3 = k[firstWeight + 3];
                    int s1 = src + d;
                    int s2 = src + 2 * d;
                    int s3 = src + 3 * d;
                    for (int x = lo; x < hi; x++) {
                        out[o + x] += w0 * in[src + x] + w1 * in[s1 + x] + w2 * in[s2 + x] + w3 * in[s3 + x];
                    }
                }
            }
        }

        private void fusedStrided(float[] k, int firstWeight, int n, int src, int outRow, int lo, int hi) {
            int s = stride;
            int d = dilation;
            for (int x = lo; x < hi; x++) {
                int at = src + x * s;
                float sum = 0f;
                for (int t = 0; t < n; t++) {
                    sum += k[firstWeight + t] * in[at + t * d];
                }
                out[outRow + x] += sum;
            }
        }

        /** The first output column whose read {@code x·s + shift} is not left of the input. */
        private int firstInside(int shift) {
            return shift >= 0 ? 0 : Math.min(outWidth, (-shift + stride - 1) / stride);
        }

        /** One past the last output column whose read {@code x·s + shift} is not right of the input. */
        private int endInside(int shift) {
            return inWidth - 1 - shift < 0 ? 0 : Math.min(outWidth, (inWidth - 1 - shift) / stride + 1);
        }

        private void addBorderTap(float w, int inRow, int column, int outIndex) {
            int col = border.resolve(column, inWidth);
            if (col >= 0) {
                out[outIndex] += w * in[inRow + col];
            }
        }
    }
}
