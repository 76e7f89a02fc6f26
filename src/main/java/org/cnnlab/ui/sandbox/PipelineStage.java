package org.cnnlab.ui.sandbox;

/** The panels of the sandbox, in the order data flows through them. */
public enum PipelineStage {
    INPUT("input"),
    CONV("feature map"),
    ACTIVATION("activation"),
    MAX_POOL("max pool"),
    AVERAGE_POOL("average pool");

    private final String label;

    PipelineStage(String label) {
        this.label = label;
    }

    /** Panel title. */
    public String label() {
        return label;
    }
}
