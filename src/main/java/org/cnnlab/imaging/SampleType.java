package org.cnnlab.imaging;

/** How each stored sample is represented, and so the range of its raw values. */
public enum SampleType {
    UINT8("8-bit unsigned", 255.0),
    UINT16("16-bit unsigned", 65535.0),
    FLOAT32("32-bit float", 1.0);

    private final String label;
    private final double fullScale;

    SampleType(String label, double fullScale) {
        this.label = label;
        this.fullScale = fullScale;
    }

    public String label() {
        return label;
    }

    /** The raw value that means "full intensity": 255, 65535 or 1.0. Normalised = raw / fullScale. */
    public double fullScale() {
        return fullScale;
    }

    /** The nominal range as text, e.g. {@code 0–255}. */
    public String rangeText() {
        return this == FLOAT32 ? "0.0–1.0" : "0–" + (long) fullScale;
    }
}
