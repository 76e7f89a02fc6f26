package org.cnnlab.training.dl4j;

import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;

/**
 * The one place that switches on DL4J's oneDNN layer helpers: convolution, pooling and batch norm
 * then run as oneDNN primitives instead of DL4J's generic im2col code (4-5x faster training).
 *
 * <p>DL4J 1.0.0-M2.1 creates a helper for a layer only if the system property
 * {@value #DISABLE_PROPERTY} is {@code false} (its default is {@code true}), it reads that property
 * when each layer is initialised, and it checks that the native library runs oneDNN through
 * {@code org.nd4j.nativeblas.Nd4jCpu.Environment}, the compatibility class in this code base.
 * Call {@link #enable()} before the first network is built; {@link NetworkFactory} does. A value
 * the user set on the command line ({@code -D}{@value #DISABLE_PROPERTY}{@code =true}) wins, so
 * the helpers can be switched off to compare.
 *
 * <p>Networks keep the NCHW layout: with the helpers on, NHWC trained wrongly in DL4J M2.1.
 */
public final class OneDnnHelpers {
    /** DL4J's switch: {@code true} means no helpers. */
    public static final String DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    private OneDnnHelpers() {
    }

    /** Allows DL4J to create oneDNN helpers, unless {@value #DISABLE_PROPERTY} was already set. */
    public static void enable() {
        if (System.getProperty(DISABLE_PROPERTY) == null) {
            System.setProperty(DISABLE_PROPERTY, "false");
        }
    }

    /**
     * Whether layers built from now on get oneDNN helpers: the helpers are allowed and DL4J's own
     * check finds a oneDNN build of ND4J's native library. Loads the native library if needed.
     */
    public static boolean active() {
        return !Boolean.parseBoolean(System.getProperty(DISABLE_PROPERTY, "true")) && BaseMKLDNNHelper.mklDnnEnabled();
    }
}
