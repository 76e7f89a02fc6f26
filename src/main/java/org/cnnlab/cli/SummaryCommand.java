package org.cnnlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cnnlab.training.model.ModelSummary;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.ZooModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cnnlab summary}: the Keras-style layer table of a zoo model, optionally as JSON. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints a zoo model's layers with their output shapes and parameter counts, as Keras' model.summary() does.")
final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME", completionCandidates = ZooNames.class,
            description = "one of: ${COMPLETION-CANDIDATES}")
    String model;

    @Option(names = "--json", paramLabel = "FILE",
            description = "also write total_params, trainable_params, non_trainable_params and the layers as JSON")
    Path json;

    /** The zoo's model names, for the help text. */
    static final class ZooNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ModelZoo.names().iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        ZooModel zooModel = ModelZoo.byName(model).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown model '" + model + "': choose one of " + String.join(", ", ModelZoo.names())));
        ModelSummary summary = ModelSummary.of(zooModel.spec());
        PrintWriter out = spec.commandLine().getOut();
        out.println(zooModel.title() + ": " + zooModel.source() + ". Input " + summary.inputShape().text() + ".");
        out.print(summary.text());
        if (json != null) {
            JsonFile.write(json, asJson(zooModel, summary));
            out.println("wrote " + json);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> asJson(ZooModel zooModel, ModelSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", zooModel.name());
        root.put("title", zooModel.title());
        root.put("input_shape", summary.inputShape().dims());
        root.put("total_params", summary.totalParams());
        root.put("trainable_params", summary.trainableParams());
        root.put("non_trainable_params", summary.nonTrainableParams());
        List<Map<String, Object>> layers = new ArrayList<>();
        for (ModelSummary.Row row : summary.rows()) {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("name", row.name());
            layer.put("type", row.type());
            layer.put("output_shape", row.outputShape().dims());
            layer.put("params", row.params().total());
            layer.put("trainable_params", row.params().trainable());
            layer.put("connected_to", row.connectedTo());
            layers.add(layer);
        }
        root.put("layers", layers);
        return root;
    }
}
