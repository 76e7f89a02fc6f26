package org.nd4j.nativeblas;

/**
 * <h2>A compatibility class under ND4J's package name</h2>
 *
 * <p>It lives in its own source folder, {@code src/compat/java} (added to the build by the
 * build-helper plugin in {@code pom.xml}), because it is not CNN Lab code: it fills a gap between
 * two of our libraries.
 *
 * <h3>Why it exists</h3>
 * DeepLearning4j 1.0.0-M2.1 uses oneDNN for convolution, pooling and batch norm (4-5x faster here
 * than its generic im2col code) only if {@code BaseMKLDNNHelper.mklDnnEnabled()} says ND4J runs on
 * oneDNN. That check asks, by reflection, for {@code org.nd4j.nativeblas.Nd4jCpu$Environment}, its
 * static {@code getInstance()} and the instance method {@code isUseMKLDNN()}. nd4j-native M2.1
 * moved the binding to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and
 * renamed the method {@code isUseONEDNN()}, so the lookup fails, DL4J logs "Cannot find class" and
 * never creates a helper. This class restores the old name and delegates to the new binding;
 * nothing else. {@code Nd4jCpuTest} performs DL4J's exact lookup.
 *
 * <p>It only matters when the helpers are allowed at all: DL4J also requires the system property
 * {@code org.eclipse.deeplearning4j.helpers.disable=false} (set by
 * {@code org.cnnlab.training.dl4j.OneDnnHelpers}), and the native library must be a oneDNN build, or
 * {@code isUseONEDNN()} answers {@code false}.
 *
 * <h3>When to delete it</h3>
 * When DL4J's helper lookup and ND4J's class name agree again, i.e. with a DL4J release after
 * 1.0.0-M2.1: delete this folder and the build-helper plugin, then check that {@code Nd4jCpuTest}'s
 * lookup still succeeds (or delete the test with the class if the new release looks elsewhere) and
 * that {@code OneDnnHelpersTest} still finds the oneDNN helpers.
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
