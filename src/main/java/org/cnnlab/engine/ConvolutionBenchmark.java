package org.cnnlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Times convolution engines on fixed, seeded inputs: a 1920x1080 RGB image and a 512x512 gray
 * image, each with a 3x3 and a 7x7 filter (one output map, "same" padding, zero border, stride 1),
 * each as the convolution alone ({@code -conv}) and as convolution → ReLU → 2x2 max pool
 * ({@code -pipeline}, the sandbox's default chain, into reused buffers). Case names read
 * {@code rgb1080-3x3-conv}, {@code gray512-7x7-pipeline} and so on.
 *
 * <p>Usage: {@code new ConvolutionBenchmark(engines, 2, 10).run()} gives one {@link BenchmarkRow}
 * per engine and case, engines in the given order. Each case gets {@code warmup} untimed runs and
 * up to {@code runs} timed ones; a case stops early, after at least one timed run, once it has
 * used {@link #caseBudgetMillis()} (ND4J's generic 7x7 path takes seconds per run), and the row's
 * {@code runs} says how many were timed.
 */
public final class ConvolutionBenchmark {
    /** The cases, in the order they run. */
    public static final List<String> CASE_NAMES = caseNames();
    /** The case {@link EngineSelector} ranks engines by: one map of a 1080p RGB image, 3x3, convolution alone. */
    public static final String SELECTION_CASE = "rgb1080-3x3-conv";

    private static final long SEED = 42L;
    private static final long DEFAULT_CASE_BUDGET_MILLIS = 15_000;

    private final List<Convolver> engines;
    private final int warmup;
    private final int runs;
    private final long caseBudgetMillis;
    /** Each workload's seeded input, made once and shared by every engine timed on it. */
    private final Map<Workload, Problem> problems = new HashMap<>();

    /** A benchmark of {@code engines} with {@code warmup} untimed and up to {@code runs} timed runs per case. */
    public ConvolutionBenchmark(List<Convolver> engines, int warmup, int runs) {
        this(engines, warmup, runs, DEFAULT_CASE_BUDGET_MILLIS);
    }

    /** As {@link #ConvolutionBenchmark(List, int, int)}, with a time budget per engine and case. */
    public ConvolutionBenchmark(List<Convolver> engines, int warmup, int runs, long caseBudgetMillis) {
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and runs >= 1, got " + warmup + " and " + runs);
        }
        this.engines = List.copyOf(engines);
        this.warmup = warmup;
        this.runs = runs;
        this.caseBudgetMillis = caseBudgetMillis;
    }

    /** Every engine of {@code registry} that loads on this machine, with the given run counts. */
    public static ConvolutionBenchmark ofAvailable(ConvolutionEngines registry, int warmup, int runs) {
        return new ConvolutionBenchmark(registry.available(), warmup, runs);
    }

    public long caseBudgetMillis() {
        return caseBudgetMillis;
    }

    /** Runs every engine on every case. */
    public List<BenchmarkRow> run() {
        return run(row -> { });
    }

    /** Runs every engine on every case, handing each row to {@code progress} as soon as it is measured. */
    public List<BenchmarkRow> run(Consumer<BenchmarkRow> progress) {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Workload workload : workloads()) {
            Problem problem = problem(workload);
            for (Convolver engine : engines) {
                for (boolean pipeline : new boolean[] {false, true}) {
                    BenchmarkRow row = measure(engine, workload, problem, pipeline);
                    rows.add(row);
                    progress.accept(row);
                }
            }
        }
        return rows;
    }

    /** Times {@code engine} on the one case called {@code caseName} (see {@link #CASE_NAMES}). */
    public BenchmarkRow measure(Convolver engine, String caseName) {
        for (Workload workload : workloads()) {
            for (boolean pipeline : new boolean[] {false, true}) {
                if (workload.caseName(pipeline).equals(caseName)) {
                    return measure(engine, workload, problem(workload), pipeline);
                }
            }
        }
        throw new IllegalArgumentException("there is no benchmark case '" + caseName + "'; the cases are " + CASE_NAMES);
    }

    private Problem problem(Workload workload) {
        return problems.computeIfAbsent(workload, Workload::problem);
    }

    private static List<String> caseNames() {
        List<String> names = new ArrayList<>();
        for (Workload w : workloads()) {
            names.add(w.caseName(false));
            names.add(w.caseName(true));
        }
        return List.copyOf(names);
    }

    private static List<Workload> workloads() {
        return List.of(
                new Workload("rgb1080", 3, 1080, 1920, 3),
                new Workload("rgb1080", 3, 1080, 1920, 7),
                new Workload("gray512", 1, 512, 512, 3),
                new Workload("gray512", 1, 512, 512, 7));
    }

    private BenchmarkRow measure(Convolver engine, Workload workload, Problem problem, boolean pipeline) {
        FloatPlanes input = problem.input();
        Filter filter = problem.filter();
        ConvGeometry geometry = problem.geometry();
        Pooling pool = Pooling.of(PoolingType.MAX, 2);
        FloatPlanes conv = FloatPlanes.zeros(1, workload.height(), workload.width());
        FloatPlanes activated = FloatPlanes.zeros(1, workload.height(), workload.width());
        FloatPlanes pooled = FloatPlanes.zeros(1, pool.outputSize(workload.height()), pool.outputSize(workload.width()));
        Runnable step = pipeline
                ? () -> {
                    engine.correlate(input, filter, geometry, conv);
                    Activation.RELU.apply(conv, activated);
                    pool.apply(activated, pooled);
                }
                : () -> engine.correlate(input, filter, geometry, conv);
        long start = System.nanoTime();
        for (int i = 0; i < warmup && elapsedMillis(start) < caseBudgetMillis; i++) {
            step.run();
        }
        double[] times = new double[runs];
        int done = 0;
        while (done < runs && (done == 0 || elapsedMillis(start) < caseBudgetMillis)) {
            long t0 = System.nanoTime();
            step.run();
            times[done++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] measured = Arrays.copyOf(times, done);
        double min = Arrays.stream(measured).min().orElse(Double.NaN);
        double max = Arrays.stream(measured).max().orElse(Double.NaN);
        return new BenchmarkRow(engine.name(), workload.caseName(pipeline), Timings.median(measured), min, max, done);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** One input and filter size. */
    private record Workload(String image, int channels, int height, int width, int kernelSize) {
        String caseName(boolean pipeline) {
            return image + "-" + kernelSize + "x" + kernelSize + (pipeline ? "-pipeline" : "-conv");
        }

        /** The seeded input (values 0–255), filter (weights in [-1, 1]) and "same" geometry. */
        Problem problem() {
            Random random = new Random(SEED);
            FloatPlanes input = EngineSelector.randomPlanes(channels, height, width, random);
            List<Kernel> kernels = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                kernels.add(EngineSelector.randomKernel(kernelSize, kernelSize, random));
            }
            ConvGeometry same = new ConvGeometry(Padding.same(kernelSize, kernelSize, 1), BorderMode.ZERO, 1, 1);
            return new Problem(input, new Filter(kernels, 0.25f), same);
        }
    }

    private record Problem(FloatPlanes input, Filter filter, ConvGeometry geometry) {
    }
}
