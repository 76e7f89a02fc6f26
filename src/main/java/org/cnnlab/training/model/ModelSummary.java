package org.cnnlab.training.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Keras-style summary of a {@link ModelSpec}: one row per layer (name and type, output shape,
 * parameters, and for graph models the layers it reads from), then total, trainable and
 * non-trainable parameters. The counts are the spec's own (see {@link LayerSpec} for each formula).
 */
public final class ModelSummary {
    /** The name Keras gives the input of a functional model. */
    public static final String INPUT_NAME = "input_1";

    /**
     * One layer of the summary.
     *
     * @param name        Keras-style name, e.g. {@code conv2d_1}
     * @param type        Keras class name, e.g. {@code Conv2D}
     * @param outputShape the shape without the batch
     * @param params      the layer's parameters
     * @param connectedTo the layers whose outputs it reads ({@value #INPUT_NAME} for the model input)
     */
    public record Row(String name, String type, TensorShape outputShape, ParamCount params, List<String> connectedTo) {
    }

    private final ModelSpec spec;
    private final List<Row> rows;

    private ModelSummary(ModelSpec spec, List<Row> rows) {
        this.spec = spec;
        this.rows = List.copyOf(rows);
    }

    public static ModelSummary of(ModelSpec spec) {
        List<ShapedLayer> layers = spec.shapedLayers();
        List<Row> rows = new ArrayList<>(layers.size());
        for (ShapedLayer layer : layers) {
            List<String> connectedTo = new ArrayList<>(2);
            connectedTo.add(layer.index() == 0 ? INPUT_NAME : layers.get(layer.index() - 1).name());
            if (layer.layer() instanceof LayerSpec.Add add) {
                connectedTo.add(add.from() < 0 ? INPUT_NAME : layers.get(add.from()).name());
            }
            rows.add(new Row(layer.name(), layer.layer().kerasType(), layer.output(), layer.params(), connectedTo));
        }
        return new ModelSummary(spec, rows);
    }

    public String modelName() {
        return spec.name();
    }

    public TensorShape inputShape() {
        return spec.input();
    }

    public List<Row> rows() {
        return rows;
    }

    public long totalParams() {
        return spec.params().total();
    }

    public long trainableParams() {
        return spec.params().trainable();
    }

    public long nonTrainableParams() {
        return spec.params().nonTrainable();
    }

    /** Whether the table shows a "Connected to" column (models with skip connections, as Keras does). */
    public boolean showsConnections() {
        return spec.hasSkipConnections();
    }

    /**
     * The summary as Keras prints it, in a fixed-width font; lines end with {@code \n}. A layer
     * reading from two others lists the second under the first, as Keras does.
     */
    public String text() {
        List<String[]> lines = new ArrayList<>();
        List<Integer> rowEnds = new ArrayList<>();
        for (Row row : rows) {
            List<String> sources = row.connectedTo();
            lines.add(new String[] {row.name() + " (" + row.type() + ")", row.outputShape().text(),
                    Long.toString(row.params().total()), sources.get(0)});
            for (int i = 1; i < sources.size() && showsConnections(); i++) {
                lines.add(new String[] {"", "", "", sources.get(i)});
            }
            rowEnds.add(lines.size());
        }
        String[] header = {"Layer (type)", "Output Shape", "Param #", "Connected to"};
        int columns = showsConnections() ? 4 : 3;
        int[] widths = new int[columns];
        int lineWidth = 1;
        for (int c = 0; c < columns; c++) {
            widths[c] = header[c].length();
            for (String[] line : lines) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
            widths[c] += 3;
            lineWidth += widths[c];
        }
        StringBuilder out = new StringBuilder();
        out.append("Model: \"").append(spec.name()).append("\"\n");
        out.append("_".repeat(lineWidth)).append('\n');
        appendRow(out, header, widths);
        out.append("=".repeat(lineWidth)).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            appendRow(out, lines.get(i), widths);
            if (rowEnds.contains(i + 1) && i < lines.size() - 1) {
                out.append('\n');
            }
        }
        out.append("=".repeat(lineWidth)).append('\n');
        out.append("Total params: ").append(grouped(totalParams())).append('\n');
        out.append("Trainable params: ").append(grouped(trainableParams())).append('\n');
        out.append("Non-trainable params: ").append(grouped(nonTrainableParams())).append('\n');
        out.append("_".repeat(lineWidth)).append('\n');
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(" ");
        for (int c = 0; c < widths.length; c++) {
            line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", cells[c]));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** {@code 44164} as {@code 44,164}. */
    public static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
