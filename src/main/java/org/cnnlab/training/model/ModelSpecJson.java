package org.cnnlab.training.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnnlab.engine.PoolingType;
import org.cnnlab.persist.InvalidFieldException;
import org.cnnlab.persist.JsonFileException;
import org.cnnlab.persist.JsonFiles;

/**
 * A {@link ModelSpec} as JSON: {@code {"name", "input": [h, w, c] or [units], "layers": [{"type": …}]}}
 * with layer types {@code conv, max_pool, avg_pool, global_average_pool, dense, dropout,
 * batch_norm, flatten, add} and their fields named as in {@link LayerSpec}. The JSON is bound to
 * the records {@link Stored} and {@link StoredLayer}, which check that every field a layer type
 * needs is there and of the right kind; {@link ModelSpec#of} then checks that the stack works.
 */
public final class ModelSpecJson {
    private ModelSpecJson() {
    }

    /** {@code spec} as a JSON object. */
    public static ObjectNode toJson(ModelSpec spec) {
        return (ObjectNode) JsonFiles.toTree(Stored.of(spec));
    }

    /**
     * Reads a spec and checks it.
     *
     * @throws ModelSpecException if a field is missing or wrong (the message names it and its layer), or the stack
     *                            does not work
     */
    public static ModelSpec fromJson(JsonNode root) throws ModelSpecException {
        try {
            return JsonFiles.read(root, Stored.class).toSpec();
        } catch (JsonFileException e) {
            throw explain(e.location(), e.problem());
        }
    }

    /**
     * A field problem found inside a model description, as a message that names the layer it is in.
     *
     * @param at      where, inside the description (see {@link JsonFileException#location()})
     * @param problem what is wrong there, e.g. {@code is missing}
     */
    public static ModelSpecException explain(List<Object> at, String problem) {
        if (at.size() >= 3 && "layers".equals(at.get(0)) && at.get(1) instanceof Integer index) {
            return new ModelSpecException(index, "Layer " + (index + 1) + ": '" + JsonFileException.path(at.subList(2, at.size()))
                    + "' " + problem + ".");
        }
        return new ModelSpecException(-1, "The model description" + (at.isEmpty() ? "" : "'s '" + JsonFileException.path(at)
                + "'") + " " + problem + ".");
    }

    /**
     * A model description's fields.
     *
     * @param name   the model's name
     * @param input  {@code [height, width, channels]} for images, {@code [units]} for vectors
     * @param layers the layers, first to last
     */
    public record Stored(String name, List<Integer> input, List<StoredLayer> layers) {
        public Stored {
            InvalidFieldException.text(name, "name");
            input = InvalidFieldException.list(input, "input");
            if (input.size() != 3 && input.size() != 1) {
                throw new InvalidFieldException("input", "must be [height, width, channels] or [units]");
            }
            if (input.stream().anyMatch(size -> size < 1)) {
                throw new InvalidFieldException("input", "must hold sizes of at least 1");
            }
            layers = InvalidFieldException.list(layers, "layers");
        }

        public static Stored of(ModelSpec spec) {
            return new Stored(spec.name(), spec.input().dims(), spec.layers().stream().map(StoredLayer::of).toList());
        }

        public ModelSpec toSpec() throws ModelSpecException {
            TensorShape shape = input.size() == 3 ? TensorShape.image(input.get(0), input.get(1), input.get(2))
                    : TensorShape.vector(input.get(0));
            List<LayerSpec> specs = new ArrayList<>();
            for (StoredLayer layer : layers) {
                specs.add(layer.toLayer());
            }
            return ModelSpec.of(name, shape, specs);
        }
    }

    /**
     * One layer: its type and the fields that type needs (the others are absent).
     *
     * @param type       one of {@code conv, max_pool, avg_pool, global_average_pool, dense, dropout, batch_norm, flatten, add}
     * @param filters    conv: number of filters
     * @param kernel     conv: kernel size
     * @param stride     conv and pools: stride
     * @param padding    conv: {@code valid} or {@code same}
     * @param activation conv and dense: the activation's id
     * @param size       pools: window size
     * @param units      dense: number of units
     * @param rate       dropout: the share of units dropped, 0–1
     * @param from       add: the index of the layer whose output is added
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoredLayer(String type, Integer filters, Integer kernel, Integer stride, String padding, String activation,
            Integer size, Integer units, Double rate, Integer from) {
        private static final Set<String> TYPES = Set.of("conv", "max_pool", "avg_pool", "global_average_pool", "dense",
                "dropout", "batch_norm", "flatten", "add");

        public StoredLayer {
            InvalidFieldException.required(type, "type");
            if (!TYPES.contains(type)) {
                throw new InvalidFieldException("type", "is '" + type + "', which CNN Lab does not know");
            }
            switch (type) {
                case "conv" -> {
                    InvalidFieldException.required(filters, "filters");
                    InvalidFieldException.required(kernel, "kernel");
                    InvalidFieldException.required(stride, "stride");
                    padding(padding);
                    activation(activation);
                }
                case "max_pool", "avg_pool" -> {
                    InvalidFieldException.required(size, "size");
                    InvalidFieldException.required(stride, "stride");
                }
                case "dense" -> {
                    InvalidFieldException.required(units, "units");
                    activation(activation);
                }
                case "dropout" -> InvalidFieldException.finite(rate, "rate");
                case "add" -> InvalidFieldException.required(from, "from");
                default -> {
                    // global_average_pool, batch_norm and flatten have no fields
                }
            }
        }

        static StoredLayer of(LayerSpec layer) {
            if (layer instanceof LayerSpec.Conv conv) {
                return new StoredLayer("conv", conv.filters(), conv.kernelSize(), conv.stride(), conv.padding().id(),
                        conv.activation().id(), null, null, null, null);
            } else if (layer instanceof LayerSpec.Pool pool) {
                return new StoredLayer(pool.kind() == PoolingType.MAX ? "max_pool" : "avg_pool", null, null, pool.stride(),
                        null, null, pool.size(), null, null, null);
            } else if (layer instanceof LayerSpec.GlobalAveragePool) {
                return only("global_average_pool");
            } else if (layer instanceof LayerSpec.Dense dense) {
                return new StoredLayer("dense", null, null, null, null, dense.activation().id(), null, dense.units(), null, null);
            } else if (layer instanceof LayerSpec.Dropout dropout) {
                return new StoredLayer("dropout", null, null, null, null, null, null, null, dropout.rate(), null);
            } else if (layer instanceof LayerSpec.BatchNorm) {
                return only("batch_norm");
            } else if (layer instanceof LayerSpec.Flatten) {
                return only("flatten");
            } else if (layer instanceof LayerSpec.Add add) {
                return new StoredLayer("add", null, null, null, null, null, null, null, null, add.from());
            }
            throw new IllegalArgumentException("no JSON form for the layer " + layer);
        }

        private static StoredLayer only(String type) {
            return new StoredLayer(type, null, null, null, null, null, null, null, null, null);
        }

        LayerSpec toLayer() {
            return switch (type) {
                case "conv" -> new LayerSpec.Conv(filters, kernel, stride, padding(padding), activation(activation));
                case "max_pool" -> new LayerSpec.Pool(PoolingType.MAX, size, stride);
                case "avg_pool" -> new LayerSpec.Pool(PoolingType.AVERAGE, size, stride);
                case "global_average_pool" -> new LayerSpec.GlobalAveragePool();
                case "dense" -> new LayerSpec.Dense(units, activation(activation));
                case "dropout" -> new LayerSpec.Dropout(rate);
                case "batch_norm" -> new LayerSpec.BatchNorm();
                case "flatten" -> new LayerSpec.Flatten();
                default -> new LayerSpec.Add(from);
            };
        }

        private static LayerPadding padding(String id) {
            InvalidFieldException.required(id, "padding");
            for (LayerPadding padding : LayerPadding.values()) {
                if (padding.id().equals(id)) {
                    return padding;
                }
            }
            throw new InvalidFieldException("padding", "is '" + id + "', which CNN Lab does not know");
        }

        private static LayerActivation activation(String id) {
            InvalidFieldException.required(id, "activation");
            for (LayerActivation activation : LayerActivation.values()) {
                if (activation.id().equals(id.toLowerCase(Locale.ROOT))) {
                    return activation;
                }
            }
            throw new InvalidFieldException("activation", "is '" + id + "', which CNN Lab does not know");
        }
    }
}
