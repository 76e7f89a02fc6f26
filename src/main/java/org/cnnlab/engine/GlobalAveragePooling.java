package org.cnnlab.engine;

/**
 * Global average pooling: each map collapses to one number, the mean of all its values,
 * {@code g_c = (1 / HW) Σ_y Σ_x in_c(y, x)}. Networks use it instead of flattening before the
 * classifier.
 */
public final class GlobalAveragePooling {
    private GlobalAveragePooling() {
    }

    /** One mean per channel of {@code in}. */
    public static float[] apply(FloatPlanes in) {
        float[] means = new float[in.channels()];
        float[] data = in.data();
        for (int c = 0; c < in.channels(); c++) {
            double sum = 0;
            int offset = in.planeOffset(c);
            for (int i = 0; i < in.planeSize(); i++) {
                sum += data[offset + i];
            }
            means[c] = (float) (sum / in.planeSize());
        }
        return means;
    }
}
