package org.cnnlab.training;

/** What a pooling window keeps: its largest value or the mean of its values. */
public enum PoolKind {
    MAX("max", "MaxPooling2D", "max_pooling2d"),
    AVERAGE("avg", "AveragePooling2D", "average_pooling2d");

    private final String id;
    private final String kerasType;
    private final String kerasName;

    PoolKind(String id, String kerasType, String kerasName) {
        this.id = id;
        this.kerasType = kerasType;
        this.kerasName = kerasName;
    }

    public String id() {
        return id;
    }

    String kerasType() {
        return kerasType;
    }

    String kerasName() {
        return kerasName;
    }
}
