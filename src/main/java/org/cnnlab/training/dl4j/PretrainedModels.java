package org.cnnlab.training.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cnnlab.persist.AtomicFiles;
import org.cnnlab.training.data.DatasetId;

/**
 * The trained models that ship inside CNN Lab, so a class can start from a network that already
 * reads digits instead of waiting for training. They were trained with CNN Lab's own
 * {@code cnnlab train}; the commands and their test accuracies are in
 * {@code src/main/resources/org/cnnlab/training/models/README.md}.
 */
public final class PretrainedModels {
    private static final String FOLDER = "/org/cnnlab/training/models/";

    /**
     * One shipped model.
     *
     * @param name     short name, e.g. {@code lenet5-mnist}
     * @param title    what a teacher sees in a list
     * @param resource the model file's class-path resource
     * @param dataset  the dataset it was trained on
     */
    public record Pretrained(String name, String title, String resource, DatasetId dataset) {
    }

    private static final List<Pretrained> ALL = List.of(
            new Pretrained("lenet5-mnist", "LeNet-5 trained on MNIST (3 epochs, Adam, cosine decay)", FOLDER + "lenet5-mnist.zip",
                    DatasetId.MNIST),
            new Pretrained("chollet-mnist", "Keras-book convnet trained on MNIST (5 epochs, RMSprop)",
                    FOLDER + "chollet-mnist.zip", DatasetId.MNIST));

    private PretrainedModels() {
    }

    /** Every shipped model, in the order a list shows them. */
    public static List<Pretrained> all() {
        return ALL;
    }

    /** The shipped model called {@code name}, if there is one. */
    public static Optional<Pretrained> byName(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Puts a copy of the shipped model in {@code folder} as {@code NAME.zip} (replacing an older or
     * damaged copy of another size), so that the app can open it like any saved model and a
     * teacher can find the file.
     *
     * @return the copy
     * @throws ModelFileException if the resource is missing or the folder cannot be written
     */
    public static Path export(Pretrained model, Path folder) throws ModelFileException {
        Path target = folder.resolve(model.name() + ".zip");
        byte[] content = content(model);
        try {
            if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
                AtomicFiles.write(target, content);
            }
            return target;
        } catch (IOException e) {
            throw new ModelFileException("The pre-trained model " + model.title() + " could not be copied to " + folder
                    + ": the disk may be full or the folder not writable. The details are in the log.", e);
        }
    }

    /**
     * Reads a shipped model through {@link ModelFile#load(Path)}, from a temporary copy of its
     * resource (deleted afterwards).
     *
     * @throws ModelFileException if the resource is missing (a broken installation) or unreadable
     */
    public static LoadedModel load(Pretrained model) throws ModelFileException {
        byte[] content = content(model);
        Path copy = null;
        try {
            copy = Files.createTempFile("cnnlab-" + model.name(), ".zip");
            Files.write(copy, content);
            return ModelFile.load(copy);
        } catch (IOException e) {
            throw new ModelFileException("The pre-trained model " + model.title()
                    + " could not be read from the installation, which may be damaged: reinstall CNN Lab to get it back.", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a leftover file in the temporary folder is harmless; the model was read or the error stands
                }
            }
        }
    }

    /** The model file's bytes, from the application's resources. */
    private static byte[] content(Pretrained model) throws ModelFileException {
        try (InputStream in = PretrainedModels.class.getResourceAsStream(model.resource())) {
            if (in == null) {
                throw new ModelFileException("The pre-trained model " + model.title() + " is missing from this installation ("
                        + model.resource() + "): reinstall CNN Lab, or train the model yourself.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelFileException("The pre-trained model " + model.title()
                    + " could not be read from the installation, which may be damaged: reinstall CNN Lab to get it back.", e);
        }
    }
}
