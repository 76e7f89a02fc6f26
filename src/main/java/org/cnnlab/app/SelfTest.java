package org.cnnlab.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.ConvolutionEngines;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.ReferenceConvolver;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.dl4j.MiniBatches;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;

/**
 * The installed application checking itself (hidden option {@value #OPTION}): it decodes a shipped
 * sample photo with every standard decoder, convolves a crop of it with every convolution engine and
 * compares each result with {@link ReferenceConvolver}, and runs one training batch of LeNet-5 on the
 * bundled MNIST. It prints one line per check, {@code ok <check>: <detail>} or
 * {@code FAIL <check>: <reason>}, and passes only when every check does. An engine agrees when
 * {@code max |engine − reference| ≤ 1e-4 · max(1, max |reference|)}, the tolerance of {@link Convolver}.
 */
public final class SelfTest {
    /** The hidden first command-line argument that runs the self-test instead of the app. */
    public static final String OPTION = "--self-test";
    /** The shipped photo every check works on. */
    public static final String SAMPLE = "chelsea.png";

    private static final int CROP = 48;
    private static final double TOLERANCE = 1e-4;
    private static final int BATCH = 16;
    private static final long SEED = 7;

    private final Path sampleFolder;
    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();

    /** A self-test reading its sample from {@code sampleFolder} and reporting to {@code out}. */
    public SelfTest(Path sampleFolder, PrintStream out) {
        this.sampleFolder = sampleFolder;
        this.out = out;
    }

    /** Runs every check, prints one line each and returns the process exit code: 0 when all pass, 1 otherwise. */
    public int run() {
        FloatPlanes image = decodeWithEveryDecoder();
        if (image != null) {
            convolveWithEveryEngine(crop(image));
        }
        trainOneBatch();
        out.println(failures.isEmpty() ? "self-test passed" : "self-test FAILED: " + String.join(", ", failures));
        return failures.isEmpty() ? 0 : 1;
    }

    /** The check names that failed in the last {@link #run()}. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    private FloatPlanes decodeWithEveryDecoder() {
        Path sample = sampleFolder.resolve(SAMPLE);
        if (!Files.isRegularFile(sample)) {
            fail("decode", "the sample " + sample.toAbsolutePath() + " is missing; the installation is incomplete");
            return null;
        }
        FloatPlanes first = null;
        for (ImageDecoder decoder : Decoders.standard()) {
            String check = "decode " + decoder.id();
            try {
                DecodedImage decoded = decoder.decode(sample, DecodeOptions.defaults());
                pass(check, String.format(Locale.ROOT, "%s %dx%d, %d channel(s), %.0f ms", SAMPLE, decoded.width(),
                        decoded.height(), decoded.channels(), decoded.decodeNanos() / 1e6));
                if (first == null) {
                    first = decoded.samples();
                }
            } catch (Exception | LinkageError e) {
                fail(check, reason(e));
            }
        }
        return first;
    }

    private void convolveWithEveryEngine(FloatPlanes input) {
        Filter filter = new Filter(randomKernels(input.channels()), 0.5f);
        ConvGeometry geometry = ConvGeometry.valid();
        FloatPlanes expected = new ReferenceConvolver().correlate(input, filter, geometry);
        double scale = Math.max(1, maxAbs(expected));
        ConvolutionEngines engines = ConvolutionEngines.standard();
        for (String name : engines.names()) {
            String check = "engine " + name;
            try {
                Optional<Convolver> engine = engines.find(name);
                if (engine.isEmpty()) {
                    fail(check, engines.unavailableReason(name));
                    continue;
                }
                long start = System.nanoTime();
                FloatPlanes actual = engine.get().correlate(input, filter, geometry);
                double ms = (System.nanoTime() - start) / 1e6;
                double difference = maxAbsDifference(expected, actual);
                String detail = String.format(Locale.ROOT, "%s crop, max difference from the reference %.2g, %.1f ms",
                        input.shapeText(), difference, ms);
                if (difference <= TOLERANCE * scale) {
                    pass(check, detail);
                } else {
                    fail(check, detail + " exceeds " + String.format(Locale.ROOT, "%.2g", TOLERANCE * scale));
                }
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                fail(check, reason(e));
            }
        }
    }

    private void trainOneBatch() {
        String check = "train lenet5";
        try {
            Dataset digits = DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TEST);
            int[] first = new int[BATCH];
            for (int i = 0; i < BATCH; i++) {
                first[i] = i;
            }
            MiniBatches batches = new MiniBatches(new DatasetSubset(digits, first), BATCH);
            TrainableNetwork network = TrainableNetwork.create(ModelZoo.byName("lenet5").orElseThrow().spec(),
                    OptimizerKind.ADAM, OptimizerKind.ADAM.defaultLearningRate(), SEED);
            long start = System.nanoTime();
            network.fit(batches.batch(0));
            double loss = network.lastLoss();
            String detail = String.format(Locale.ROOT, "one batch of %d MNIST digits, loss %.3f, %.0f ms", BATCH, loss,
                    (System.nanoTime() - start) / 1e6);
            if (Double.isFinite(loss) && loss > 0) {
                pass(check, detail);
            } else {
                fail(check, detail + " (the loss must be a positive number)");
            }
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            fail(check, reason(e));
        }
    }

    private static FloatPlanes crop(FloatPlanes image) {
        int height = Math.min(CROP, image.height());
        int width = Math.min(CROP, image.width());
        FloatPlanes crop = FloatPlanes.zeros(image.channels(), height, width);
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    crop.set(c, y, x, image.get(c, y, x) / 255f);
                }
            }
        }
        return crop;
    }

    private static List<Kernel> randomKernels(int channels) {
        List<Kernel> kernels = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            kernels.add(Kernel.random(3, SEED + c));
        }
        return kernels;
    }

    private static double maxAbs(FloatPlanes planes) {
        double max = 0;
        for (float v : planes.data()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double maxAbsDifference(FloatPlanes expected, FloatPlanes actual) {
        if (!actual.hasShape(expected.channels(), expected.height(), expected.width())) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        float[] a = expected.data();
        float[] b = actual.data();
        for (int i = 0; i < expected.channels() * expected.planeSize(); i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private void pass(String check, String detail) {
        out.println("ok " + check + ": " + detail);
    }

    private void fail(String check, String reason) {
        failures.add(check);
        out.println("FAIL " + check + ": " + reason);
    }
}
