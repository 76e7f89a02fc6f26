package org.nd4j.nativeblas;

/**
 * A compatibility shim that lets DeepLearning4j 1.0.0-M2.1 find out that ND4J runs on oneDNN, so
 * that its oneDNN layer helpers (convolution, pooling, batch norm) are used instead of the generic
 * im2col code, which is 4-5x slower here.
 *
 * <p>Why it exists: DL4J's {@code BaseMKLDNNHelper.mklDnnEnabled()} asks, by reflection,
 * {@code Class.forName("org.nd4j.nativeblas.Nd4jCpu$Environment")}, then the static
 * {@code getInstance()} and the instance method {@code isUseMKLDNN()}. nd4j-native M2.1 moved that
 * binding to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment} and renamed the
 * method {@code isUseONEDNN()}, so the lookup fails, DL4J logs "Cannot find class" and never creates
 * a helper. This class restores the old name and delegates to the new binding; nothing else.
 *
 * <p>It only matters when the helpers are allowed at all: DL4J also requires the system property
 * {@code org.eclipse.deeplearning4j.helpers.disable=false} (see
 * {@code org.cnnlab.training.dl4j.OneDnnHelpers}), and the native library must be a oneDNN build, or
 * {@code isUseONEDNN()} answers {@code false}. Remove this class when DL4J is upgraded past M2.1.
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    /** The old name of ND4J's native environment: only what DL4J's helper check calls. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        /** The single environment, as the native {@code Environment::getInstance()}. */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /**
         * Whether ND4J's native library was built with oneDNN and has it switched on.
         *
         * @return the native {@code Environment::isUseONEDNN()}
         */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
