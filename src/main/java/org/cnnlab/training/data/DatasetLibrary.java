package org.cnnlab.training.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the datasets come from: the copies bundled in the application (classpath folder
 * {@code org/cnnlab/training/datasets}) or a folder with the same layout ({@code mnist/},
 * {@code fashion-mnist/}, {@code SHA256SUMS}). Every file is checked against the manifest; loaded
 * datasets are kept, so the browser and the trainer share one copy. Thread-safe.
 */
public final class DatasetLibrary {
    /** The classpath folder of the bundled datasets. */
    public static final String BUNDLED_FOLDER = "/org/cnnlab/training/datasets/";
    /** The manifest's file name inside the datasets folder. */
    public static final String MANIFEST = "SHA256SUMS";

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLibrary.class);

    /** Reads one file of the datasets folder by relative path; null when it does not exist. */
    @FunctionalInterface
    public interface FileSource {
        byte[] read(String relativePath) throws IOException;
    }

    private final FileSource files;
    private final String location;
    private final IdxReader reader = new IdxReader();
    private final Map<String, Dataset> loaded = new ConcurrentHashMap<>();
    private volatile ChecksumManifest manifest;

    public DatasetLibrary(FileSource files, String location) {
        this.files = files;
        this.location = location;
    }

    /** The datasets shipped inside the application. */
    public static DatasetLibrary bundled() {
        return new DatasetLibrary(relativePath -> {
            try (InputStream in = DatasetLibrary.class.getResourceAsStream(BUNDLED_FOLDER + relativePath)) {
                return in == null ? null : in.readAllBytes();
            }
        }, "the application");
    }

    /** Datasets in {@code folder}, laid out as the bundled ones. */
    public static DatasetLibrary inFolder(Path folder) {
        return new DatasetLibrary(relativePath -> {
            try {
                return Files.readAllBytes(folder.resolve(relativePath));
            } catch (NoSuchFileException e) {
                return null;
            }
        }, folder.toString());
    }

    /** The dataset's split, read and checked on first use and kept afterwards. */
    public Dataset load(DatasetId id, DatasetSplit split) throws DatasetException {
        String key = id.name() + "/" + split.name();
        Dataset dataset = loaded.get(key);
        if (dataset != null) {
            return dataset;
        }
        synchronized (this) {
            dataset = loaded.get(key);
            if (dataset == null) {
                long start = System.nanoTime();
                String imagesPath = id.folder() + "/" + split.imagesFile();
                String labelsPath = id.folder() + "/" + split.labelsFile();
                IdxImages images = reader.readImages(imagesPath, read(imagesPath), expectedSha256(imagesPath));
                byte[] labels = reader.readLabels(labelsPath, read(labelsPath), expectedSha256(labelsPath));
                dataset = new Dataset(id, split, images, labels);
                loaded.put(key, dataset);
                LOG.info("Loaded {} {} {} in {} ms", id.displayName(), split.displayName(), dataset.shapeText(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return dataset;
        }
    }

    private byte[] read(String relativePath) throws DatasetException {
        byte[] bytes;
        try {
            bytes = files.read(relativePath);
        } catch (IOException e) {
            throw new DatasetException("The dataset file " + relativePath + " in " + location
                    + " cannot be read: " + e.getMessage(), e);
        }
        if (bytes == null) {
            throw new DatasetException("The dataset file " + relativePath + " is missing from " + location
                    + ". Reinstall CNN Lab or restore the file.");
        }
        return bytes;
    }

    private String expectedSha256(String relativePath) throws DatasetException {
        return manifest().sha256Of(relativePath).orElseThrow(() -> new DatasetException("The dataset file "
                + relativePath + " has no checksum in " + MANIFEST + " of " + location + ", so it cannot be trusted."));
    }

    private ChecksumManifest manifest() throws DatasetException {
        ChecksumManifest current = manifest;
        if (current == null) {
            try {
                current = ChecksumManifest.parse(new ByteArrayInputStream(read(MANIFEST)));
            } catch (IOException e) {
                throw new DatasetException("The dataset checksum list " + MANIFEST + " in " + location
                        + " is damaged: " + e.getMessage(), e);
            }
            manifest = current;
        }
        return current;
    }
}
