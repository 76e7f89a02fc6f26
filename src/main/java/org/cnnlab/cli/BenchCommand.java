package org.cnnlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cnnlab.engine.BenchmarkRow;
import org.cnnlab.engine.ConvolutionBenchmark;
import org.cnnlab.engine.ConvolutionEngines;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.EngineReport;
import org.cnnlab.engine.EngineSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cnnlab bench convolve}: times every convolution engine on the standard cases;
 * {@code cnnlab bench train}: times training and single-image forward passes of zoo models.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed.",
                "'bench convolve' times every engine on a 1920x1080 RGB and a 512x512 gray image "
                + "with 3x3 and 7x7 kernels, alone and as conv -> ReLU -> 2x2 max pool (--runs, --warmup, --engines).",
                "'bench train' times training on MNIST (Adam 0.001, seeded) for each model and batch size, and the "
                + "single-image forward pass with all activations (--models, --batches, --images, --warmup-batches, "
                + "--forward-runs)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "convolve or train")
    String what;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the rows as JSON")
    Path json;

    @Option(names = "--runs", defaultValue = "15", description = "timed runs per case (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed runs first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--engines", split = ",", paramLabel = "NAMES", description = "only these engines (default: all but reference)")
    List<String> engineNames;

    @Option(names = "--models", split = ",", paramLabel = "NAMES", defaultValue = "lenet5,chollet",
            description = "train: zoo models to measure (default ${DEFAULT-VALUE})")
    List<String> modelNames;

    @Option(names = "--batches", split = ",", paramLabel = "SIZES", defaultValue = "64,128",
            description = "train: batch sizes to measure (default ${DEFAULT-VALUE})")
    List<Integer> batchSizes;

    @Option(names = "--images", paramLabel = "N", defaultValue = "6400",
            description = "train: images timed per model and batch size (default ${DEFAULT-VALUE})")
    int images;

    @Option(names = "--warmup-batches", paramLabel = "W", defaultValue = "20",
            description = "train: untimed batches first (default ${DEFAULT-VALUE})")
    int warmupBatches;

    @Option(names = "--forward-runs", paramLabel = "R", defaultValue = "500",
            description = "train: timed single-image forward passes per model (default ${DEFAULT-VALUE})")
    int forwardRuns;

    @Override
    public Integer call() throws IOException {
        if ("train".equals(what)) {
            new TrainingBenchRun(modelNames, batchSizes, images, warmupBatches, forwardRuns)
                    .run(spec.commandLine().getOut(), json);
            return 0;
        }
        if (!"convolve".equals(what)) {
            throw new CliFailure("unknown benchmark '" + what + "': choose convolve, train");
        }
        if (runs < 1 || warmup < 0) {
            throw new CliFailure("--runs must be at least 1 and --warmup at least 0");
        }
        ConvolutionEngines registry = ConvolutionEngines.standard();
        List<Convolver> engines = new ArrayList<>();
        List<String> names = engineNames != null ? engineNames : registry.names().stream()
                .filter(n -> !n.equals(ConvolutionEngines.REFERENCE)).toList();
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            registry.find(name).ifPresentOrElse(engines::add,
                    () -> out.println(name + ": skipped, " + registry.unavailableReason(name)));
        }
        if (engines.isEmpty()) {
            throw new CliFailure("no engine to measure");
        }
        EngineReport report = new EngineSelector(registry).select();
        String defaultEngine = report.defaultEngine();
        out.println("default engine on this machine: " + defaultEngine + " (fastest that passes the golden checks)");
        Table table = new Table("engine", "case", "median ms", "min ms", "max ms", "runs");
        List<BenchmarkRow> rows = new ConvolutionBenchmark(engines, warmup, runs).run(row -> {
            out.printf(Locale.ROOT, "  %-9s %-26s %9.2f ms%n", row.engine(), row.caseName(), row.medianMs());
            out.flush();
        });
        for (BenchmarkRow r : rows) {
            table.row(r.engine() + (r.engine().equals(defaultEngine) ? " *" : ""), r.caseName(), ms(r.medianMs()), ms(r.minMs()),
                    ms(r.maxMs()), Integer.toString(r.runs()));
        }
        out.println();
        table.print(out);
        out.println("* the engine the app uses by default on this machine");
        if (json != null) {
            writeJson(rows, defaultEngine);
            out.println("JSON written to " + json.toAbsolutePath());
        }
        return 0;
    }

    private void writeJson(List<BenchmarkRow> rows, String defaultEngine) throws IOException {
        ArrayNode array = JsonFile.array();
        for (BenchmarkRow r : rows) {
            ObjectNode o = array.addObject();
            o.put("engine", r.engine());
            o.put("case", r.caseName());
            o.put("median_ms", r.medianMs());
            o.put("min_ms", r.minMs());
            o.put("max_ms", r.maxMs());
            o.put("runs", r.runs());
            if (r.engine().equals(defaultEngine)) {
                o.put("default", true);
            }
        }
        JsonFile.write(json, array);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
