package org.cnnlab.training.dl4j;

import com.fasterxml.jackson.annotation.JsonAlias;
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
import org.cnnlab.persist.FileSaveException;
import org.cnnlab.persist.InvalidFieldException;
import org.cnnlab.persist.JsonFileException;
import org.cnnlab.persist.JsonFiles;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelSpecJson;
import org.cnnlab.training.model.OptimizerKind;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CNN Lab's model file: a zip holding {@code cnnlab-model.json} (format name, format version, the
 * {@link ModelSpec} as {@link ModelSpecJson} and the {@link ModelMetadata}) and
 * {@code dl4j-network.zip} (DL4J's own format: configuration, weights and optimiser state).
 * Saving writes a temporary file beside the target and moves it into place, so a crash never
 * leaves half a file. Loading reads at most {@value #MAX_ENTRIES} entries and counts the bytes it
 * actually inflates, never trusting the sizes the zip declares: the description may inflate to
 * {@value #MAX_DESCRIPTION_BYTES} bytes, the network to {@value #MAX_NETWORK_BYTES}, anything else
 * together to {@value #MAX_OTHER_BYTES}. It then checks the format name and version, binds the
 * description (every field required; keys camelCase, with the snake_case metadata keys of the
 * first files still read) and checks that the weights fit it.
 */
public final class ModelFile {
    /** The value of {@code format} in every CNN Lab model file. */
    public static final String FORMAT = "cnnlab-model";
    /** The newest format version this code writes and reads. */
    public static final int VERSION = 1;

    static final String DESCRIPTION_ENTRY = "cnnlab-model.json";
    static final String NETWORK_ENTRY = "dl4j-network.zip";
    static final int MAX_ENTRIES = 16;
    static final long MAX_DESCRIPTION_BYTES = 1L << 20;
    static final long MAX_NETWORK_BYTES = 1L << 30;
    static final long MAX_OTHER_BYTES = 1L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ModelFile.class);

    private ModelFile() {
    }

    /** Writes {@code network} and {@code metadata} to {@code target}, replacing it atomically. */
    public static void save(Path target, TrainableNetwork network, ModelMetadata metadata) throws ModelFileException {
        ByteArrayOutputStream dl4j = new ByteArrayOutputStream();
        try {
            ModelSerializer.writeModel(network.model(), dl4j, true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("DL4J could not serialise the network", e);
            throw new ModelFileException("The model could not be saved: its weights could not be written out.", e);
        }
        byte[] description = JsonFiles.toBytes(new Description(FORMAT, VERSION, ModelSpecJson.Stored.of(network.spec()),
                StoredMetadata.of(metadata)));
        try {
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
        } catch (FileSaveException e) {
            LOG.warn("could not save the model to {}", target, e);
            throw new ModelFileException(e.getMessage(), e);
        }
    }

    /** Reads a model saved by {@link #save}. */
    public static LoadedModel load(Path file) throws ModelFileException {
        Entries entries = readEntries(file);
        if (entries.description == null || entries.network == null) {
            if (entries.names.contains("configuration.json") && entries.names.contains("coefficients.bin")) {
                throw new ModelFileException(file.getFileName() + " is a DL4J model without CNN Lab's description of its"
                        + " layers; CNN Lab opens only the model files it saves.");
            }
            throw new ModelFileException(file.getFileName() + " is not a CNN Lab model file (saved models hold "
                    + DESCRIPTION_ENTRY + " and " + NETWORK_ENTRY + ").");
        }
        Header header;
        Description description;
        try {
            header = JsonFiles.read(entries.description, Header.class);
        } catch (JsonFileException e) {
            throw new ModelFileException("The description inside " + file.getFileName() + " is damaged: it "
                    + e.getMessage() + ".", e);
        }
        checkHeader(header, file);
        try {
            description = JsonFiles.read(entries.description, Description.class);
        } catch (JsonFileException e) {
            throw describe(e, file);
        }
        ModelSpec spec;
        try {
            spec = description.spec().toSpec();
        } catch (ModelSpecException e) {
            throw new ModelFileException("The description inside " + file.getFileName() + " is invalid: " + e.getMessage(), e);
        }
        Model model;
        try {
            InputStream network = new ByteArrayInputStream(entries.network);
            model = spec.hasSkipConnections() ? ModelSerializer.restoreComputationGraph(network, true)
                    : ModelSerializer.restoreMultiLayerNetwork(network, true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("DL4J could not read the network inside {}", file, e);
            throw new ModelFileException("The weights inside " + file.getFileName() + " are damaged.", e);
        }
        if (model.numParams() != spec.params().total()) {
            throw new ModelFileException("The weights inside " + file.getFileName() + " (" + model.numParams()
                    + " parameters) do not fit its description (" + spec.params().total() + " parameters).");
        }
        return new LoadedModel(TrainableNetwork.wrap(spec, model), description.metadata().toMetadata());
    }

    private static void checkHeader(Header header, Path file) throws ModelFileException {
        if (!FORMAT.equals(header.format())) {
            throw new ModelFileException(file.getFileName() + " is not a CNN Lab model file (its format is '"
                    + header.format() + "').");
        }
        if (header.version() == null || header.version() < 1) {
            throw new ModelFileException(file.getFileName() + " has no valid model format version.");
        }
        if (header.version() > VERSION) {
            throw new ModelFileException(file.getFileName() + " was saved by a newer CNN Lab (model format " + header.version()
                    + "); this version reads format " + VERSION + ". Update CNN Lab to open it.");
        }
    }

    private static ModelFileException describe(JsonFileException e, Path file) {
        List<Object> at = e.location();
        if (!at.isEmpty() && "spec".equals(at.get(0))) {
            ModelSpecException layer = ModelSpecJson.explain(at.subList(1, at.size()), e.problem());
            return new ModelFileException("The description inside " + file.getFileName() + " is invalid: "
                    + layer.getMessage(), e);
        }
        return new ModelFileException("The description inside " + file.getFileName() + " is invalid: " + e.getMessage()
                + ".", e);
    }

    /** The entries CNN Lab needs, each read within its bound, and the names of all entries. */
    private static final class Entries {
        final List<String> names = new ArrayList<>();
        byte[] description;
        byte[] network;
    }

    private static Entries readEntries(Path file) throws ModelFileException {
        Entries entries = new Entries();
        long otherBytes = 0;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.names.add(entry.getName());
                if (entries.names.size() > MAX_ENTRIES) {
                    throw new ModelFileException(file.getFileName() + " is not a CNN Lab model file (it holds more than "
                            + MAX_ENTRIES + " files).");
                }
                if (entry.getName().equals(DESCRIPTION_ENTRY) && entries.description == null) {
                    entries.description = readBounded(zip, MAX_DESCRIPTION_BYTES, file, "its description");
                } else if (entry.getName().equals(NETWORK_ENTRY) && entries.network == null) {
                    entries.network = readBounded(zip, MAX_NETWORK_BYTES, file, "its network");
                } else {
                    otherBytes += readBounded(zip, MAX_OTHER_BYTES - otherBytes, file, "the other files in it").length;
                }
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException("The model file " + file + " does not exist.", e);
        } catch (IOException e) {
            LOG.warn("cannot unzip {}", file, e);
            throw new ModelFileException(file.getFileName() + " is damaged or not a CNN Lab model file.", e);
        }
        return entries;
    }

    /**
     * The rest of the current entry, refused as soon as more than {@code limit} bytes have come out of the
     * inflater, whatever size the entry declares.
     */
    private static byte[] readBounded(ZipInputStream zip, long limit, Path file, String what)
            throws IOException, ModelFileException {
        byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new ModelFileException(file.getFileName() + " is damaged or not a CNN Lab model file: " + what
                    + " unpacks to more than " + sizeInWords(limit) + ".");
        }
        return bytes;
    }

    private static String sizeInWords(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GB" : Math.max(1, bytes >> 20) + " MB";
    }

    /** The two fields that say what the description is, read before the rest. */
    record Header(String format, Integer version) {
    }

    /** The description's fields. */
    record Description(String format, Integer version, ModelSpecJson.Stored spec, StoredMetadata metadata) {
        Description {
            InvalidFieldException.required(spec, "spec");
            InvalidFieldException.required(metadata, "metadata");
        }
    }

    /**
     * {@link ModelMetadata} as stored, each field required ({@code testAccuracy} may be {@code null}: not
     * measured). The first model files wrote snake_case keys, which are still read.
     */
    record StoredMetadata(String dataset, @JsonAlias("class_names") List<String> classNames, String optimizer,
            @JsonAlias("learning_rate") Double learningRate, @JsonAlias("batch_size") Integer batchSize, Integer epochs,
            Long seed, @JsonAlias("test_accuracy") Double testAccuracy, @JsonAlias("created_at") String createdAt) {
        StoredMetadata {
            String datasetName = InvalidFieldException.required(dataset, "dataset");
            if (DatasetId.byName(datasetName).isEmpty()) {
                throw new InvalidFieldException("dataset", "is '" + datasetName + "', which CNN Lab does not know");
            }
            classNames = InvalidFieldException.list(classNames, "classNames");
            if (classNames.isEmpty()) {
                throw new InvalidFieldException("classNames", "is empty");
            }
            String optimizerName = InvalidFieldException.required(optimizer, "optimizer");
            if (OptimizerKind.byName(optimizerName).isEmpty()) {
                throw new InvalidFieldException("optimizer", "is '" + optimizerName + "', which CNN Lab does not know");
            }
            if (InvalidFieldException.finite(learningRate, "learningRate") <= 0) {
                throw new InvalidFieldException("learningRate", "must be more than 0");
            }
            InvalidFieldException.within(batchSize, "batchSize", 1, Integer.MAX_VALUE);
            InvalidFieldException.within(epochs, "epochs", 0, Integer.MAX_VALUE);
            InvalidFieldException.required(seed, "seed");
            if (testAccuracy != null && !(testAccuracy >= 0 && testAccuracy <= 1)) {
                throw new InvalidFieldException("testAccuracy", "must be between 0 and 1, or null when not measured");
            }
            InvalidFieldException.text(createdAt, "createdAt");
        }

        static StoredMetadata of(ModelMetadata metadata) {
            return new StoredMetadata(metadata.dataset().cliName(), metadata.classNames(), metadata.optimizer().cliName(),
                    metadata.learningRate(), metadata.batchSize(), metadata.epochs(), metadata.seed(),
                    Double.isNaN(metadata.testAccuracy()) ? null : metadata.testAccuracy(), metadata.createdAt());
        }

        ModelMetadata toMetadata() {
            return new ModelMetadata(DatasetId.byName(dataset).orElseThrow(), classNames,
                    OptimizerKind.byName(optimizer).orElseThrow(), learningRate, batchSize, epochs, seed,
                    testAccuracy == null ? Double.NaN : testAccuracy, createdAt);
        }
    }
}
