package org.cnnlab.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;

/**
 * A kernel set on disk: the sandbox's whole {@link PipelineSpec} (mode, filter bank, padding,
 * activation, pooling) as JSON with a format name and a schema version, e.g.
 * <pre>
 * {"format": "cnnlab-kernel-set", "version": 1, "mode": "gray",
 *  "filters": [{"kernels": [[[1,0,-1],[1,0,-1],[1,0,-1]]], "bias": 0}],
 *  "padding": "valid", "customPadding": 0, "border": "zero", "stride": 1, "dilation": 1,
 *  "activation": "relu", "pooling": "max", "poolSize": 2, "poolStride": 2}
 * </pre>
 * Files are written atomically; reading a broken file gives a {@link KernelSetFormatException}
 * that names the problem.
 */
public final class KernelSetFile {
    public static final String FORMAT = "cnnlab-kernel-set";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KernelSetFile() {
    }

    public static void save(PipelineSpec spec, Path file) throws IOException {
        AtomicFiles.write(file, toJson(spec).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static PipelineSpec load(Path file) throws KernelSetFormatException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new KernelSetFormatException("the file " + file.getFileName() + " does not exist", e);
        } catch (IOException e) {
            throw new KernelSetFormatException("the file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        return fromJson(text);
    }

    public static String toJson(PipelineSpec spec) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("mode", spec.mode().id());
        ArrayNode filters = root.putArray("filters");
        for (Filter f : spec.filters()) {
            ObjectNode fn = filters.addObject();
            ArrayNode kernels = fn.putArray("kernels");
            for (Kernel k : f.kernels()) {
                ArrayNode rows = kernels.addArray();
                for (float[] row : k.rows()) {
                    ArrayNode r = rows.addArray();
                    for (float v : row) {
                        r.add(v);
                    }
                }
            }
            fn.put("bias", f.bias());
        }
        root.put("padding", spec.paddingMode().id());
        root.put("customPadding", spec.customPadding());
        root.put("border", spec.border().id());
        root.put("stride", spec.stride());
        root.put("dilation", spec.dilation());
        root.put("activation", spec.activation().id());
        root.put("pooling", spec.pools().name().toLowerCase(java.util.Locale.ROOT));
        root.put("poolSize", spec.poolSize());
        root.put("poolStride", spec.poolStride());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PipelineSpec fromJson(String text) throws KernelSetFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new KernelSetFormatException("this is not a kernel set: the file is not valid JSON (line "
                    + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new KernelSetFormatException("this is not a CNN Lab kernel set (it has no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new KernelSetFormatException("this kernel set was saved by a newer CNN Lab (format version " + version
                    + "); this version reads up to " + VERSION);
        }
        if (version < 1) {
            throw new KernelSetFormatException("this kernel set has no valid format version");
        }
        try {
            ColorMode mode = ColorMode.fromId(root.path("mode").asText("gray"));
            List<Filter> filters = new ArrayList<>();
            JsonNode filterNodes = root.path("filters");
            if (!filterNodes.isArray() || filterNodes.isEmpty()) {
                throw new KernelSetFormatException("the kernel set has no filters");
            }
            for (int f = 0; f < filterNodes.size(); f++) {
                filters.add(readFilter(filterNodes.get(f), f + 1));
            }
            return new PipelineSpec(mode, filters, PaddingMode.fromId(root.path("padding").asText("valid")),
                    root.path("customPadding").asInt(0), BorderMode.fromId(root.path("border").asText("zero")),
                    root.path("stride").asInt(1), root.path("dilation").asInt(1),
                    Activation.fromId(root.path("activation").asText("relu")),
                    PoolSelection.valueOf(root.path("pooling").asText("max").toUpperCase(java.util.Locale.ROOT)),
                    root.path("poolSize").asInt(2), root.path("poolStride").asInt(2));
        } catch (IllegalArgumentException e) {
            throw new KernelSetFormatException("the kernel set is damaged: " + e.getMessage(), e);
        }
    }

    private static Filter readFilter(JsonNode node, int number) throws KernelSetFormatException {
        JsonNode kernels = node.path("kernels");
        if (!kernels.isArray() || kernels.isEmpty()) {
            throw new KernelSetFormatException("filter " + number + " has no kernels");
        }
        List<Kernel> list = new ArrayList<>();
        for (JsonNode k : kernels) {
            if (!k.isArray() || k.isEmpty()) {
                throw new KernelSetFormatException("a kernel of filter " + number + " has no rows");
            }
            float[][] rows = new float[k.size()][];
            for (int r = 0; r < k.size(); r++) {
                JsonNode row = k.get(r);
                rows[r] = new float[row.size()];
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isNumber()) {
                        throw new KernelSetFormatException("filter " + number + ", row " + (r + 1) + ", column " + (c + 1)
                                + " is not a number: " + row.get(c));
                    }
                    rows[r][c] = (float) row.get(c).asDouble();
                }
            }
            list.add(Kernel.of(rows));
        }
        return new Filter(list, (float) node.path("bias").asDouble(0));
    }
}
