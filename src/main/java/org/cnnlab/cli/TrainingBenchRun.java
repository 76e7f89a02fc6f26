package org.cnnlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ZooModel;
import org.cnnlab.training.run.TrainingBenchmark;
import org.cnnlab.training.run.TrainingBenchmark.ForwardLatency;
import org.cnnlab.training.run.TrainingBenchmark.TrainingThroughput;

/**
 * {@code cnnlab bench train}: checks the options, runs {@link TrainingBenchmark} for every model and
 * batch size on MNIST (seeded, Adam at 0.001), and prints the results as tables and, if asked, JSON.
 */
final class TrainingBenchRun {
    static final long SEED = 42;
    static final OptimizerKind OPTIMIZER = OptimizerKind.ADAM;
    static final double LEARNING_RATE = 1e-3;

    private final List<ZooModel> models;
    private final List<Integer> batches;
    private final int images;
    private final int warmupBatches;
    private final int forwardRuns;

    /** @throws CliFailure if a model is unknown or a number is out of range */
    TrainingBenchRun(List<String> modelNames, List<Integer> batches, int images, int warmupBatches, int forwardRuns) {
        List<ZooModel> found = new ArrayList<>();
        for (String name : modelNames) {
            found.add(ModelZoo.byName(name).orElseThrow(() -> new CliFailure(
                    "unknown model '" + name + "': choose from " + String.join(", ", ModelZoo.names()))));
        }
        if (found.isEmpty()) {
            throw new CliFailure("--models needs at least one model: choose from " + String.join(", ", ModelZoo.names()));
        }
        if (batches.isEmpty() || batches.stream().anyMatch(b -> b < 1)) {
            throw new CliFailure("--batches must be batch sizes of at least 1, not " + batches);
        }
        if (images < 1) {
            throw new CliFailure("--images must be at least 1, not " + images);
        }
        if (warmupBatches < 0) {
            throw new CliFailure("--warmup-batches must be at least 0, not " + warmupBatches);
        }
        if (forwardRuns < 1) {
            throw new CliFailure("--forward-runs must be at least 1, not " + forwardRuns);
        }
        this.models = List.copyOf(found);
        this.batches = List.copyOf(batches);
        this.images = images;
        this.warmupBatches = warmupBatches;
        this.forwardRuns = forwardRuns;
    }

    void run(PrintWriter out, Path json) throws IOException {
        Dataset training;
        Dataset test;
        try {
            DatasetLibrary library = DatasetLibrary.bundled();
            training = library.load(DatasetId.MNIST, DatasetSplit.TRAIN);
            test = library.load(DatasetId.MNIST, DatasetSplit.TEST);
        } catch (DatasetException e) {
            throw new CliFailure(e.getMessage());
        }
        TrainingBenchmark benchmark = new TrainingBenchmark(training, OPTIMIZER, LEARNING_RATE, SEED);
        out.printf(Locale.ROOT, "MNIST, %s at %s, seed %d: %d untimed warm-up batch(es), then %,d images timed per row;"
                + " forward: %d warm-up and %d timed runs on test image 0.%n", OPTIMIZER.displayName(), LEARNING_RATE, SEED,
                warmupBatches, images, TrainingBenchmark.FORWARD_WARMUP_RUNS, forwardRuns);
        out.flush();
        List<TrainingThroughput> throughputs = new ArrayList<>();
        List<ForwardLatency> latencies = new ArrayList<>();
        try {
            for (ZooModel model : models) {
                for (int batch : batches) {
                    TrainingThroughput t = benchmark.measureTraining(model, batch, warmupBatches, images);
                    throughputs.add(t);
                    out.printf(Locale.ROOT, "  train   %-18s batch %-4d %,9.0f images/s%n", t.model(), t.batch(), t.imagesPerSecond());
                    out.flush();
                }
                ForwardLatency f = benchmark.measureForward(model, test.sampleAsFloats(0), forwardRuns);
                latencies.add(f);
                out.printf(Locale.ROOT, "  forward %-18s median %.3f ms%n", f.model(), f.medianMs());
                out.flush();
            }
        } catch (ModelSpecException e) {
            throw new CliFailure(e.getMessage());
        }
        printTables(out, throughputs, latencies);
        if (json != null) {
            JsonFile.write(json, asJson(throughputs, latencies));
            out.println("JSON written to " + json.toAbsolutePath());
        }
        out.flush();
    }

    private static void printTables(PrintWriter out, List<TrainingThroughput> throughputs, List<ForwardLatency> latencies) {
        Table training = new Table("model", "batch", "images/s", "images", "seconds", "min batch ms", "max batch ms");
        for (TrainingThroughput t : throughputs) {
            training.row(t.model(), Integer.toString(t.batch()), String.format(Locale.ROOT, "%,.0f", t.imagesPerSecond()),
                    Integer.toString(t.images()), String.format(Locale.ROOT, "%.2f", t.seconds()), ms(t.minBatchMs()),
                    ms(t.maxBatchMs()));
        }
        out.println();
        out.println("Training throughput (images / seconds over the timed batches):");
        training.print(out);
        Table forward = new Table("model", "runs", "median ms", "p90 ms", "p99 ms", "max ms");
        for (ForwardLatency f : latencies) {
            forward.row(f.model(), Integer.toString(f.runs()), ms(f.medianMs()), ms(f.p90Ms()), ms(f.p99Ms()), ms(f.maxMs()));
        }
        out.println();
        out.println("Single-image forward with all activations:");
        forward.print(out);
    }

    private static ArrayNode asJson(List<TrainingThroughput> throughputs, List<ForwardLatency> latencies) {
        ArrayNode rows = JsonFile.array();
        for (TrainingThroughput t : throughputs) {
            ObjectNode o = rows.addObject();
            o.put("kind", "train");
            o.put("model", t.model());
            o.put("batch", t.batch());
            o.put("images_per_second", t.imagesPerSecond());
            o.put("images", t.images());
            o.put("batches", t.batches());
            o.put("seconds", t.seconds());
            o.put("min_batch_ms", t.minBatchMs());
            o.put("max_batch_ms", t.maxBatchMs());
            o.put("optimizer", OPTIMIZER.cliName());
            o.put("learning_rate", LEARNING_RATE);
            o.put("seed", SEED);
        }
        for (ForwardLatency f : latencies) {
            ObjectNode o = rows.addObject();
            o.put("kind", "forward");
            o.put("model", f.model());
            o.put("runs", f.runs());
            o.put("median_ms", f.medianMs());
            o.put("p90_ms", f.p90Ms());
            o.put("p99_ms", f.p99Ms());
            o.put("max_ms", f.maxMs());
        }
        return rows;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
