package org.cnnlab.training.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A network architecture as our own plain data: an input shape and a sequence of layers, where an
 * {@link LayerSpec.Add} may reach back to an earlier layer (a skip connection). Creating one runs
 * shape inference and parameter counting, so every instance is a stack that works; an impossible
 * one is refused with a {@link ModelSpecException} at the layer where it breaks. Immutable.
 */
public final class ModelSpec {
    private final String name;
    private final TensorShape input;
    private final List<LayerSpec> layers;
    private final List<ShapedLayer> shaped;
    private final ParamCount params;

    private ModelSpec(String name, TensorShape input, List<LayerSpec> layers, List<ShapedLayer> shaped) {
        this.name = name;
        this.input = input;
        this.layers = List.copyOf(layers);
        this.shaped = List.copyOf(shaped);
        ParamCount sum = ParamCount.NONE;
        for (ShapedLayer layer : shaped) {
            sum = sum.plus(layer.params());
        }
        this.params = sum;
    }

    /**
     * Checks the stack layer by layer.
     *
     * @throws ModelSpecException naming the first layer that cannot take its input
     */
    public static ModelSpec of(String name, TensorShape input, List<LayerSpec> layers) throws ModelSpecException {
        Objects.requireNonNull(name);
        Objects.requireNonNull(input);
        List<ShapedLayer> shaped = new ArrayList<>(layers.size());
        Map<String, Integer> nameCounts = new HashMap<>();
        TensorShape current = input;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = Objects.requireNonNull(layers.get(i), "layer " + i);
            String problem = layer.problemWith(current).orElse(null);
            if (problem == null && layer instanceof LayerSpec.Add add) {
                problem = skipProblem(add, i, input, shaped, current);
            }
            if (problem != null) {
                throw new ModelSpecException(i, "Layer " + (i + 1) + " (" + layer.describe() + ") cannot take "
                        + current.text() + ": " + problem + ".");
            }
            TensorShape output = layer.outputShape(current);
            int seen = nameCounts.merge(layer.kerasName(), 1, Integer::sum);
            String layerName = seen == 1 ? layer.kerasName() : layer.kerasName() + "_" + (seen - 1);
            shaped.add(new ShapedLayer(i, layerName, layer, current, output, layer.params(current)));
            current = output;
        }
        return new ModelSpec(name, input, layers, shaped);
    }

    private static String skipProblem(LayerSpec.Add add, int index, TensorShape input, List<ShapedLayer> shaped,
            TensorShape current) {
        if (add.from() < -1 || add.from() >= index - 1) {
            return index == 0 ? "a skip connection needs at least one layer between its two ends"
                    : "a skip connection must come from the input or from one of layers 1 to " + (index - 1)
                            + ", with at least one layer between its two ends";
        }
        TensorShape skipped = add.from() < 0 ? input : shaped.get(add.from()).output();
        if (!skipped.equals(current)) {
            return "the skipped output " + skipped.text() + " of " + (add.from() < 0 ? "the input" : "layer " + (add.from() + 1))
                    + " does not have the same shape, so the two cannot be added";
        }
        return null;
    }

    /** The model's name, e.g. {@code lenet5}. */
    public String name() {
        return name;
    }

    /** The shape of one input sample, e.g. (28, 28, 1). */
    public TensorShape input() {
        return input;
    }

    public List<LayerSpec> layers() {
        return layers;
    }

    /** Each layer with its inferred shapes, Keras-style name and parameters. */
    public List<ShapedLayer> shapedLayers() {
        return shaped;
    }

    /** The shape the last layer produces (the input shape for an empty model). */
    public TensorShape output() {
        return shaped.isEmpty() ? input : shaped.get(shaped.size() - 1).output();
    }

    /** All parameters, trainable and not. */
    public ParamCount params() {
        return params;
    }

    /**
     * Multiply-adds of one image's forward pass through the convolutions and dense layers, the
     * work that dominates: Σ over conv layers of (output values × kernel height × kernel width ×
     * input channels) plus Σ over dense layers of (inputs × units). Pooling, activations and batch
     * norm are left out.
     */
    public long multiplyAddsPerImage() {
        long total = 0;
        for (ShapedLayer layer : shaped) {
            if (layer.layer() instanceof LayerSpec.Conv conv) {
                total += layer.output().elementCount() * conv.kernelSize() * conv.kernelSize() * layer.input().channels();
            } else if (layer.layer() instanceof LayerSpec.Dense) {
                total += layer.input().elementCount() * layer.output().elementCount();
            }
        }
        return total;
    }

    /** Whether some layer adds an earlier output (the model is a graph, not a plain stack). */
    public boolean hasSkipConnections() {
        return layers.stream().anyMatch(LayerSpec.Add.class::isInstance);
    }

    /** A copy with another name. */
    public ModelSpec named(String newName) {
        return new ModelSpec(Objects.requireNonNull(newName), input, layers, shaped);
    }
}
