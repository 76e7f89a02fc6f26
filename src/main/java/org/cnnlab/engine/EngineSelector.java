package org.cnnlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the default convolution engine on the machine the app runs on: every available engine
 * must reproduce the textbook example (a 6x6 image, 10 in the left half and 0 in the right, with
 * the vertical-edge kernel {@code [[1,0,-1],[1,0,-1],[1,0,-1]]} and valid padding gives four rows
 * of {@code 0 30 30 0}) and agree with {@link ReferenceConvolver} within {@code 1e-4} of the map's
 * range on a few random small cases (paddings, border modes, strides, dilations, even kernels).
 * Engines that pass are timed on a 1920x1080 RGB image with one 3x3 filter ("same" padding),
 * and the fastest median wins.
 *
 * <p>Checking takes a few seconds (ND4J's generic {@code conv2d} needs ~0.4 s a run on 1080p):
 * run it on a background thread.
 */
public final class EngineSelector {
    private static final Logger LOG = LoggerFactory.getLogger(EngineSelector.class);
    /** Agreement tolerance relative to the reference map's range (see {@link #tolerance}). */
    public static final double TOLERANCE = 1e-4;
    private static final int AGREEMENT_CASES = 12;
    private static final long SEED = 20_240_601L;

    private final ConvolutionEngines engines;
    private final ConvolutionBenchmark timing;

    /** A selector over {@code engines} timing each with up to 5 runs (and at most ~3 s). */
    public EngineSelector(ConvolutionEngines engines) {
        this(engines, 5, 3_000);
    }

    /** A selector timing each engine with up to {@code timedRuns} runs, stopping after {@code timeBudgetMillis}. */
    public EngineSelector(ConvolutionEngines engines, int timedRuns, long timeBudgetMillis) {
        if (timedRuns < 1) {
            throw new IllegalArgumentException("at least one timed run is needed, got " + timedRuns);
        }
        this.engines = engines;
        this.timing = new ConvolutionBenchmark(List.of(), 1, timedRuns, timeBudgetMillis);
    }

    /** Checks and times every engine of the registry; engines that cannot load are reported as failed. */
    public EngineReport select() {
        List<EngineReport.EngineResult> results = new ArrayList<>();
        for (String name : engines.names()) {
            var engine = engines.find(name);
            if (engine.isEmpty()) {
                results.add(new EngineReport.EngineResult(name, false, engines.unavailableReason(name), Double.NaN));
                continue;
            }
            String problem = check(engine.get());
            if (!problem.isEmpty()) {
                LOG.warn("engine {} failed its checks: {}", name, problem);
                results.add(new EngineReport.EngineResult(name, false, problem, Double.NaN));
                continue;
            }
            double median = timing.measure(engine.get(), ConvolutionBenchmark.SELECTION_CASE).medianMs();
            LOG.info("engine {} passed; median {} ms on 1080p RGB 3x3", name, String.format("%.2f", median));
            results.add(new EngineReport.EngineResult(name, true, "", median));
        }
        EngineReport report = new EngineReport(results);
        LOG.info("default convolution engine: {}", report.defaultEngine());
        return report;
    }

    /** Runs the golden and agreement checks; returns why {@code engine} fails, or an empty string. */
    public static String check(Convolver engine) {
        try {
            String golden = checkGolden(engine);
            return golden.isEmpty() ? checkAgreement(engine) : golden;
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            LOG.warn("engine {} failed its checks", engine.name(), e);
            return "it stopped with an error while being checked (the details are in the log)";
        }
    }

    private static String checkGolden(Convolver engine) {
        float[][] image = new float[6][6];
        for (float[] row : image) {
            Arrays.fill(row, 0, 3, 10f);
        }
        Kernel edge = Kernel.of(new float[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}});
        FloatPlanes out = engine.correlate(FloatPlanes.of2d(image), Filter.of(edge), ConvGeometry.valid());
        float[] expectedRow = {0, 30, 30, 0};
        if (out.height() != 4 || out.width() != 4) {
            return "the textbook 6x6 example gave a " + out.shapeText() + " map instead of 4x4";
        }
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                if (Math.abs(out.get(0, y, x) - expectedRow[x]) > 1e-4f) {
                    return "the textbook 6x6 example gave " + out.get(0, y, x) + " at row " + (y + 1) + ", column "
                            + (x + 1) + " instead of " + expectedRow[x];
                }
            }
        }
        return "";
    }

    private static String checkAgreement(Convolver engine) {
        Random random = new Random(SEED);
        ReferenceConvolver reference = new ReferenceConvolver();
        for (int n = 0; n < AGREEMENT_CASES; n++) {
            int channels = random.nextBoolean() ? 1 : 3;
            int kh = 1 + random.nextInt(6);
            int kw = 1 + random.nextInt(6);
            int dilation = 1 + random.nextInt(ConvGeometry.MAX_DILATION);
            int stride = 1 + random.nextInt(ConvGeometry.MAX_STRIDE);
            PaddingMode mode = PaddingMode.values()[random.nextInt(PaddingMode.values().length)];
            Padding padding = mode.resolve(kh, kw, dilation, random.nextInt(4));
            BorderMode border = BorderMode.values()[random.nextInt(BorderMode.values().length)];
            int height = dilation * (kh - 1) + 1 + random.nextInt(12);
            int width = dilation * (kw - 1) + 1 + random.nextInt(12);
            FloatPlanes input = randomPlanes(channels, height, width, random);
            List<Kernel> kernels = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                kernels.add(randomKernel(kh, kw, random));
            }
            Filter filter = new Filter(kernels, random.nextFloat() * 2 - 1);
            ConvGeometry geometry = new ConvGeometry(padding, border, stride, dilation);
            FloatPlanes expected = reference.correlate(input, filter, geometry);
            FloatPlanes actual = engine.correlate(input, filter, geometry);
            double tolerance = tolerance(expected);
            for (int i = 0; i < expected.data().length; i++) {
                if (!(Math.abs(expected.data()[i] - actual.data()[i]) <= tolerance)) {
                    return "it disagrees with the reference (" + actual.data()[i] + " instead of " + expected.data()[i]
                            + ") for a " + input.shapeText() + " input, " + kh + "x" + kw + " kernel, " + mode.id()
                            + " padding, " + border.id() + " border, stride " + stride + ", dilation " + dilation;
                }
            }
        }
        return "";
    }

    /**
     * {@link #TOLERANCE} times the reference map's range, or times its largest magnitude when that
     * is bigger: a map of one pixel (or a flat one) has no range, yet float sums of values near
     * 1000 carry rounding of about 1e-4.
     */
    static double tolerance(FloatPlanes reference) {
        MapStats stats = MapStats.ofAll(reference);
        double magnitude = Math.max(Math.abs((double) stats.min()), Math.abs((double) stats.max()));
        return TOLERANCE * Math.max(stats.range(), magnitude);
    }

    static FloatPlanes randomPlanes(int channels, int height, int width, Random random) {
        FloatPlanes planes = FloatPlanes.zeros(channels, height, width);
        float[] data = planes.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat() * 255f;
        }
        return planes;
    }

    static Kernel randomKernel(int height, int width, Random random) {
        float[] weights = new float[height * width];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextFloat() * 2f - 1f;
        }
        return Kernel.of(height, width, weights);
    }
}
