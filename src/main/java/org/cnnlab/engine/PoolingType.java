package org.cnnlab.engine;

/** How a pooling window is summarised: its largest value or its mean. */
public enum PoolingType {
    MAX("max", "keeps the strongest response in each window"),
    AVERAGE("avg", "keeps the mean response of each window");

    private final String id;
    private final String explanation;

    PoolingType(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public static PoolingType fromId(String id) {
        for (PoolingType t : values()) {
            if (t.id.equalsIgnoreCase(id) || t.name().equalsIgnoreCase(id) || (t == AVERAGE && "average".equalsIgnoreCase(id))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown pooling '" + id + "'; use max or avg");
    }
}
