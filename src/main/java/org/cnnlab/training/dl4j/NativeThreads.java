package org.cnnlab.training.dl4j;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.OptionalInt;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many threads ND4J's native library computes with: OpenMP threads for oneDNN and ND4J's own
 * ops, and OpenBLAS threads for the dense layers' matrix products.
 *
 * <p>The policy, measured on 2 cores (benchmarks/README.md): a mini-batch with at least
 * {@value #SHARED_BATCH_MULTIPLY_ADDS} multiply-adds in its forward pass (the Keras-book convnet at
 * batch 64: 180 million) runs with one OpenMP thread per physical core; a smaller one (LeNet-5 at
 * batch 64 or 128: 18 or 36 million) with one thread, because its ops are too small to split
 * (one thread trained it 15–50% faster); a single image (the drawing pad's forward pass with every activation) runs
 * with one OpenMP thread, as do ND4J's own ops then (its global {@code maxThreads}), because extra threads
 * only add wake-ups to its tiny ops; OpenBLAS always gets one thread (its matrices here are small). OpenMP's count
 * belongs to the calling thread, so {@link #forBatch(long)} and {@link #forSingleImages()} switch it
 * cheaply around each call, and one model thread can do both.
 *
 * <p>OpenMP reads {@value #VARIABLE} once, when its library loads, and only from the process
 * environment; jpackage launchers cannot set environment variables. So {@link #configure()} writes
 * it into the running process with the C library's {@code setenv} (through JNA) before ND4J's
 * natives load. ND4J's Java side reads Java's own copy of the environment instead, which
 * {@code setenv} does not change, and from it sizes OpenBLAS's pool and the loading thread's OpenMP
 * count; {@link #applyToLoadedLibraries()} sets both once ND4J is up. A value already in the
 * environment, or the system property {@value #PROPERTY}, decides the training count instead.
 */
public final class NativeThreads {
    /** The environment variable OpenMP reads. */
    public static final String VARIABLE = "OMP_NUM_THREADS";
    /** A system property that overrides the training thread count, e.g. {@code -Dcnnlab.nativeThreads=1}. */
    public static final String PROPERTY = "cnnlab.nativeThreads";

    /** The forward-pass work from which a mini-batch is shared among the cores (see the class comment). */
    public static final long SHARED_BATCH_MULTIPLY_ADDS = 100_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);
    private static final boolean CHOSEN_BY_USER = System.getProperty(PROPERTY) != null || System.getenv(VARIABLE) != null;

    private static volatile int batchThreads = chosenCount(System.getProperty(PROPERTY), System.getenv(VARIABLE),
            physicalCores());

    private NativeThreads() {
    }

    /** The C library's environment functions (POSIX {@code setenv}; Windows' CRT {@code _putenv_s}). */
    private interface PosixLibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private interface WindowsCrt extends Library {
        int _putenv_s(String name, String value);
    }

    /**
     * Puts the training thread count into this process's {@value #VARIABLE}, unless the environment
     * already has one; call it before anything loads ND4J. Never fails: if the C library cannot be
     * reached, OpenMP keeps its default.
     *
     * @return the OpenMP thread count for training batches
     */
    public static int configure() {
        if (System.getenv(VARIABLE) != null && System.getProperty(PROPERTY) == null) {
            return batchThreads;
        }
        String value = Integer.toString(batchThreads);
        try {
            int status = Platform.isWindows()
                    ? Native.loadLibrary("msvcrt", WindowsCrt.class)._putenv_s(VARIABLE, value)
                    : Native.loadLibrary("c", PosixLibC.class).setenv(VARIABLE, value, 1);
            if (status != 0) {
                LOG.warn("Could not set {} (status {}): ND4J uses its default thread count.", VARIABLE, status);
            }
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("Could not set {} ({}): ND4J uses its default thread count.", VARIABLE, e.toString());
        }
        return batchThreads;
    }

    /** Gives OpenBLAS one thread and the loading thread the training count (loads ND4J if needed). */
    public static void applyToLoadedLibraries() {
        Nd4j.factory().blas().setMaxThreads(1);
        use(batchThreads);
    }

    /**
     * Lets the calling thread's next native calls use the thread count for a mini-batch whose forward
     * pass costs {@code multiplyAdds}: the training count from {@value #SHARED_BATCH_MULTIPLY_ADDS} on,
     * or whenever the user chose the count; one thread below.
     */
    public static void forBatch(long multiplyAdds) {
        use(threadsForBatch(multiplyAdds, batchThreads, CHOSEN_BY_USER));
    }

    static int threadsForBatch(long multiplyAdds, int trainingThreads, boolean chosenByUser) {
        return chosenByUser || multiplyAdds >= SHARED_BATCH_MULTIPLY_ADDS ? trainingThreads : 1;
    }

    /** Lets the calling thread's next native calls use one OpenMP thread (single images). */
    public static void forSingleImages() {
        use(1);
    }

    /** OpenMP's count for the calling thread, and ND4J's own ops' count, both {@code threads}. */
    private static void use(int threads) {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.getEnvironment().setMaxThreads(threads);
    }

    /**
     * The OpenMP thread count for mini-batches: {@code requested} (the {@value #PROPERTY} property)
     * if it is a positive whole number, else {@code environment} ({@value #VARIABLE}) if it is one,
     * else one thread per physical core ({@code cores}).
     */
    static int chosenCount(String requested, String environment, int cores) {
        if (requested != null) {
            OptionalInt parsed = parse(requested);
            if (parsed.isPresent()) {
                return parsed.getAsInt();
            }
            LOG.warn("Ignoring {}={}: not a positive whole number.", PROPERTY, requested);
        }
        if (environment != null) {
            OptionalInt parsed = parse(environment);
            if (parsed.isPresent()) {
                return parsed.getAsInt();
            }
        }
        return Math.max(1, cores);
    }

    /** Physical cores as JavaCPP counts them (hyper-threads share a core's arithmetic units), else processors. */
    private static int physicalCores() {
        try {
            int cores = Loader.totalCores();
            if (cores > 0) {
                return cores;
            }
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("JavaCPP could not count the cores ({}); using the processor count.", e.toString());
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static OptionalInt parse(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
