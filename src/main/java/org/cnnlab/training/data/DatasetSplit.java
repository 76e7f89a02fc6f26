package org.cnnlab.training.data;

/** The two files of a dataset as published: the training set and the held-out test set. */
public enum DatasetSplit {
    TRAIN("train", "training set"),
    TEST("t10k", "test set");

    private final String filePrefix;
    private final String displayName;

    DatasetSplit(String filePrefix, String displayName) {
        this.filePrefix = filePrefix;
        this.displayName = displayName;
    }

    public String imagesFile() {
        return filePrefix + "-images-idx3-ubyte.gz";
    }

    public String labelsFile() {
        return filePrefix + "-labels-idx1-ubyte.gz";
    }

    public String displayName() {
        return displayName;
    }
}
