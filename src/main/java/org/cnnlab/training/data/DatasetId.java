package org.cnnlab.training.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The datasets that ship with CNN Lab: 28x28 grayscale images in ten classes. */
public enum DatasetId {
    /** Handwritten digits 0–9 (LeCun, Cortes, Burges). */
    MNIST("mnist", "MNIST", "mnist",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    /** Zalando's article photos, a harder drop-in replacement for MNIST. */
    FASHION_MNIST("fashion", "Fashion-MNIST", "fashion-mnist",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));

    private final String cliName;
    private final String displayName;
    private final String folder;
    private final List<String> classNames;

    DatasetId(String cliName, String displayName, String folder, List<String> classNames) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.folder = folder;
        this.classNames = classNames;
    }

    /** The name used on the command line: {@code mnist} or {@code fashion}. */
    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** The resource folder under {@code datasets/}. */
    public String folder() {
        return folder;
    }

    /** Class names by label: digits for MNIST, article names for Fashion-MNIST. */
    public List<String> classNames() {
        return classNames;
    }

    public int classCount() {
        return classNames.size();
    }

    /** The dataset with this CLI name ({@code mnist}, {@code fashion} or {@code fashion-mnist}), ignoring case. */
    public static Optional<DatasetId> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DatasetId id : values()) {
            if (id.cliName.equals(wanted) || id.folder.equals(wanted)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
