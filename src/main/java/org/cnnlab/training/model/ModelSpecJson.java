package org.cnnlab.training.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnlab.engine.PoolingType;

/**
 * A {@link ModelSpec} as JSON: {@code {"name", "input": [h, w, c] or [units], "layers": [{"type": …}]}}
 * with layer types {@code conv, max_pool, avg_pool, global_average_pool, dense, dropout,
 * batch_norm, flatten, add} and their fields named as in {@link LayerSpec}.
 */
public final class ModelSpecJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelSpecJson() {
    }

    public static ObjectNode toJson(ModelSpec spec) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", spec.name());
        ArrayNode input = root.putArray("input");
        spec.input().dims().forEach(input::add);
        ArrayNode layers = root.putArray("layers");
        for (LayerSpec layer : spec.layers()) {
            layers.add(layerToJson(layer));
        }
        return root;
    }

    /**
     * Reads a spec and checks it.
     *
     * @throws ModelSpecException if a field is missing or wrong, or the stack does not work
     */
    public static ModelSpec fromJson(JsonNode root) throws ModelSpecException {
        String name = text(root, "name", -1);
        JsonNode inputNode = root.get("input");
        if (inputNode == null || !inputNode.isArray() || (inputNode.size() != 3 && inputNode.size() != 1)) {
            throw new ModelSpecException(-1, "The model description has no valid input shape ([height, width, channels] or [units]).");
        }
        TensorShape input;
        try {
            input = inputNode.size() == 3
                    ? TensorShape.image(inputNode.get(0).asInt(), inputNode.get(1).asInt(), inputNode.get(2).asInt())
                    : TensorShape.vector(inputNode.get(0).asInt());
        } catch (IllegalArgumentException e) {
            throw new ModelSpecException(-1, "The model description's input shape is invalid: " + e.getMessage() + ".");
        }
        JsonNode layersNode = root.get("layers");
        if (layersNode == null || !layersNode.isArray()) {
            throw new ModelSpecException(-1, "The model description has no list of layers.");
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < layersNode.size(); i++) {
            layers.add(layerFromJson(layersNode.get(i), i));
        }
        return ModelSpec.of(name, input, layers);
    }

    private static ObjectNode layerToJson(LayerSpec layer) {
        ObjectNode node = MAPPER.createObjectNode();
        if (layer instanceof LayerSpec.Conv conv) {
            node.put("type", "conv").put("filters", conv.filters()).put("kernel", conv.kernelSize())
                    .put("stride", conv.stride()).put("padding", conv.padding().id()).put("activation", conv.activation().id());
        } else if (layer instanceof LayerSpec.Pool pool) {
            node.put("type", pool.kind() == PoolingType.MAX ? "max_pool" : "avg_pool").put("size", pool.size()).put("stride", pool.stride());
        } else if (layer instanceof LayerSpec.GlobalAveragePool) {
            node.put("type", "global_average_pool");
        } else if (layer instanceof LayerSpec.Dense dense) {
            node.put("type", "dense").put("units", dense.units()).put("activation", dense.activation().id());
        } else if (layer instanceof LayerSpec.Dropout dropout) {
            node.put("type", "dropout").put("rate", dropout.rate());
        } else if (layer instanceof LayerSpec.BatchNorm) {
            node.put("type", "batch_norm");
        } else if (layer instanceof LayerSpec.Flatten) {
            node.put("type", "flatten");
        } else if (layer instanceof LayerSpec.Add add) {
            node.put("type", "add").put("from", add.from());
        }
        return node;
    }

    private static LayerSpec layerFromJson(JsonNode node, int index) throws ModelSpecException {
        String type = text(node, "type", index);
        return switch (type) {
            case "conv" -> new LayerSpec.Conv(integer(node, "filters", index), integer(node, "kernel", index),
                    integer(node, "stride", index), padding(text(node, "padding", index), index),
                    activation(text(node, "activation", index), index));
            case "max_pool" -> new LayerSpec.Pool(PoolingType.MAX, integer(node, "size", index), integer(node, "stride", index));
            case "avg_pool" -> new LayerSpec.Pool(PoolingType.AVERAGE, integer(node, "size", index), integer(node, "stride", index));
            case "global_average_pool" -> new LayerSpec.GlobalAveragePool();
            case "dense" -> new LayerSpec.Dense(integer(node, "units", index), activation(text(node, "activation", index), index));
            case "dropout" -> new LayerSpec.Dropout(number(node, "rate", index));
            case "batch_norm" -> new LayerSpec.BatchNorm();
            case "flatten" -> new LayerSpec.Flatten();
            case "add" -> new LayerSpec.Add(integer(node, "from", index));
            default -> throw new ModelSpecException(index, "Layer " + (index + 1) + " has the unknown type '" + type + "'.");
        };
    }

    private static LayerPadding padding(String id, int index) throws ModelSpecException {
        for (LayerPadding padding : LayerPadding.values()) {
            if (padding.id().equals(id)) {
                return padding;
            }
        }
        throw new ModelSpecException(index, "Layer " + (index + 1) + " has the unknown padding '" + id + "'.");
    }

    private static LayerActivation activation(String id, int index) throws ModelSpecException {
        for (LayerActivation activation : LayerActivation.values()) {
            if (activation.id().equals(id.toLowerCase(Locale.ROOT))) {
                return activation;
            }
        }
        throw new ModelSpecException(index, "Layer " + (index + 1) + " has the unknown activation '" + id + "'.");
    }

    private static JsonNode field(JsonNode node, String field, int index) throws ModelSpecException {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new ModelSpecException(index, (index < 0 ? "The model description" : "Layer " + (index + 1))
                    + " has no '" + field + "'.");
        }
        return value;
    }

    private static String text(JsonNode node, String field, int index) throws ModelSpecException {
        return field(node, field, index).asText();
    }

    private static int integer(JsonNode node, String field, int index) throws ModelSpecException {
        JsonNode value = field(node, field, index);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ModelSpecException(index, "Layer " + (index + 1) + ": '" + field + "' must be a whole number, not " + value + ".");
        }
        return value.asInt();
    }

    private static double number(JsonNode node, String field, int index) throws ModelSpecException {
        JsonNode value = field(node, field, index);
        if (!value.isNumber()) {
            throw new ModelSpecException(index, "Layer " + (index + 1) + ": '" + field + "' must be a number, not " + value + ".");
        }
        return value.asDouble();
    }
}
