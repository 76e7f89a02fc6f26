package org.cnnlab.training.dl4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cnnlab.persist.AtomicFiles;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelSpecJson;
import org.cnnlab.training.model.OptimizerKind;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;

/**
 * CNN Lab's model file: a zip holding {@code cnnlab-model.json} (format name, format version, the
 * {@link ModelSpec} as {@link ModelSpecJson} and the {@link ModelMetadata}) and
 * {@code dl4j-network.zip} (DL4J's own format: configuration, weights and optimiser state).
 * Saving writes a temporary file beside the target and moves it into place, so a crash never
 * leaves half a file. Loading checks the format name and version, rebuilds the description and
 * checks the weights fit it.
 */
public final class ModelFile {
    /** The value of {@code format} in every CNN Lab model file. */
    public static final String FORMAT = "cnnlab-model";
    /** The newest format version this code writes and reads. */
    public static final int VERSION = 1;

    static final String DESCRIPTION_ENTRY = "cnnlab-model.json";
    static final String NETWORK_ENTRY = "dl4j-network.zip";
    private static final long MAX_ENTRY_BYTES = 1L << 30;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    /** Writes {@code network} and {@code metadata} to {@code target}, replacing it atomically. */
    public static void save(Path target, TrainableNetwork network, ModelMetadata metadata) throws ModelFileException {
        try {
            ByteArrayOutputStream dl4j = new ByteArrayOutputStream();
            ModelSerializer.writeModel(network.model(), dl4j, true);
            byte[] description = MAPPER.writeValueAsBytes(description(network.spec(), metadata));
            AtomicFiles.write(target, file -> {
                try (ZipOutputStream zip = new ZipOutputStream(file)) {
                    zip.putNextEntry(new ZipEntry(DESCRIPTION_ENTRY));
                    zip.write(description);
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(NETWORK_ENTRY));
                    dl4j.writeTo(zip);
                    zip.closeEntry();
                }
            });
        } catch (IOException e) {
            throw new ModelFileException("The model could not be saved to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model saved by {@link #save}. */
    public static LoadedModel load(Path file) throws ModelFileException {
        byte[] descriptionBytes = null;
        byte[] networkBytes = null;
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.add(entry.getName());
                if (entry.getName().equals(DESCRIPTION_ENTRY)) {
                    descriptionBytes = readEntry(zip, file);
                } else if (entry.getName().equals(NETWORK_ENTRY)) {
                    networkBytes = readEntry(zip, file);
                }
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException("The model file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new ModelFileException(file.getFileName() + " is damaged or not a CNN Lab model file (" + e.getMessage() + ").", e);
        }
        if (descriptionBytes == null || networkBytes == null) {
            if (entries.contains("configuration.json") && entries.contains("coefficients.bin")) {
                throw new ModelFileException(file.getFileName() + " is a DL4J model without CNN Lab's description of its"
                        + " layers; CNN Lab opens only the model files it saves.");
            }
            throw new ModelFileException(file.getFileName() + " is not a CNN Lab model file (saved models hold "
                    + DESCRIPTION_ENTRY + " and " + NETWORK_ENTRY + ").");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(descriptionBytes);
        } catch (IOException e) {
            throw new ModelFileException("The description inside " + file.getFileName() + " is damaged: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ModelFileException(file.getFileName() + " is not a CNN Lab model file (its format is '"
                    + root.path("format").asText() + "').");
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new ModelFileException(file.getFileName() + " was saved by a newer CNN Lab (model format " + version
                    + "); this version reads format " + VERSION + ". Update CNN Lab to open it.");
        }
        if (version < 1) {
            throw new ModelFileException(file.getFileName() + " has no valid model format version.");
        }
        ModelSpec spec;
        ModelMetadata metadata;
        try {
            spec = ModelSpecJson.fromJson(root.path("spec"));
            metadata = metadata(root.path("metadata"));
        } catch (ModelSpecException | IllegalArgumentException e) {
            throw new ModelFileException("The description inside " + file.getFileName() + " is invalid: " + e.getMessage(), e);
        }
        Model model;
        try {
            InputStream network = new ByteArrayInputStream(networkBytes);
            model = spec.hasSkipConnections() ? ModelSerializer.restoreComputationGraph(network, true)
                    : ModelSerializer.restoreMultiLayerNetwork(network, true);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException("The weights inside " + file.getFileName() + " are damaged: " + e.getMessage(), e);
        }
        if (model.numParams() != spec.params().total()) {
            throw new ModelFileException("The weights inside " + file.getFileName() + " (" + model.numParams()
                    + " parameters) do not fit its description (" + spec.params().total() + " parameters).");
        }
        return new LoadedModel(TrainableNetwork.wrap(spec, model), metadata);
    }

    private static byte[] readEntry(ZipInputStream zip, Path file) throws IOException {
        byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new IOException("an entry of " + file.getFileName() + " is larger than 1 GB");
        }
        return bytes;
    }

    private static ObjectNode description(ModelSpec spec, ModelMetadata metadata) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("spec", ModelSpecJson.toJson(spec));
        ObjectNode meta = root.putObject("metadata");
        meta.put("dataset", metadata.dataset().cliName());
        ArrayNode classes = meta.putArray("class_names");
        metadata.classNames().forEach(classes::add);
        meta.put("optimizer", metadata.optimizer().cliName());
        meta.put("learning_rate", metadata.learningRate());
        meta.put("batch_size", metadata.batchSize());
        meta.put("epochs", metadata.epochs());
        meta.put("seed", metadata.seed());
        if (Double.isNaN(metadata.testAccuracy())) {
            meta.putNull("test_accuracy");
        } else {
            meta.put("test_accuracy", metadata.testAccuracy());
        }
        meta.put("created_at", metadata.createdAt());
        return root;
    }

    private static ModelMetadata metadata(JsonNode meta) {
        DatasetId dataset = DatasetId.byName(meta.path("dataset").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown dataset '" + meta.path("dataset").asText() + "'"));
        OptimizerKind optimizer = OptimizerKind.byName(meta.path("optimizer").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown optimizer '" + meta.path("optimizer").asText() + "'"));
        List<String> classNames = new ArrayList<>();
        meta.path("class_names").forEach(name -> classNames.add(name.asText()));
        JsonNode accuracy = meta.path("test_accuracy");
        return new ModelMetadata(dataset, classNames, optimizer, meta.path("learning_rate").asDouble(),
                meta.path("batch_size").asInt(), meta.path("epochs").asInt(), meta.path("seed").asLong(),
                accuracy.isNumber() ? accuracy.asDouble() : Double.NaN, meta.path("created_at").asText());
    }
}
