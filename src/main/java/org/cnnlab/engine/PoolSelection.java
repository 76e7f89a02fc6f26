package org.cnnlab.engine;

/** Which pooled maps the sandbox shows after the activation. */
public enum PoolSelection {
    NONE, MAX, AVERAGE, BOTH;

    public boolean includesMax() {
        return this == MAX || this == BOTH;
    }

    public boolean includesAverage() {
        return this == AVERAGE || this == BOTH;
    }
}
