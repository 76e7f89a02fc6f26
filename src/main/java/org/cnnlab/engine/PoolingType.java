package org.cnnlab.engine;

/** How a pooling window is summarised: its largest value or its mean. */
public enum PoolingType implements NamedChoice {
    MAX("max", "keeps the strongest response in each window"),
    AVERAGE("avg", "keeps the mean response of each window");

    private final String id;
    private final String explanation;

    PoolingType(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String explanation() {
        return explanation;
    }

    public static PoolingType fromId(String id) {
        return NamedChoice.byId(values(), id, "pooling");
    }
}
