package org.cnnlab.training;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.OptionalInt;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many OpenMP threads ND4J's native library (and oneDNN inside it) computes with.
 *
 * <p>OpenMP reads {@value #VARIABLE} once, when its library loads, and only from the process
 * environment. The {@code ./cnnlab} script exports it; a jpackage launcher cannot set environment
 * variables, so {@link #configure()} writes it into the running process with the C library's
 * {@code setenv} (through JNA) before ND4J's natives load. That reaches OpenMP's global default, but
 * ND4J's Java side reads Java's copy of the environment, which {@code setenv} does not change: when
 * it finds no {@value #VARIABLE} there it sets OpenMP to one thread per core on the thread that
 * loads ND4J and sizes OpenBLAS's pool (dense layers' matrix products) the same way. So
 * {@link #applyToLoadedLibraries()} repeats the count there once ND4J is up. Measured on 2 cores,
 * this in-process route trains as fast as the exported variable (benchmarks/README.md).
 *
 * <p>The count: one thread fewer than the machine has processors, at least one. The training
 * thread itself is busy in Java between native calls; on a 2-core machine a second OpenMP thread
 * competed with it and made LeNet-5 training slower. A value already in the environment, or the
 * system property {@value #PROPERTY}, wins.
 */
public final class NativeThreads {
    /** The environment variable OpenMP reads. */
    public static final String VARIABLE = "OMP_NUM_THREADS";
    /** A system property that overrides the chosen count, e.g. {@code -Dcnnlab.nativeThreads=2}. */
    public static final String PROPERTY = "cnnlab.nativeThreads";

    private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);

    private static volatile int configured;

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
     * Sets {@value #VARIABLE} in this process unless it is already set; call it before anything
     * loads ND4J. Never fails: if the C library cannot be reached, OpenMP keeps its default.
     *
     * @return the thread count now in the environment, or empty if it could not be set
     */
    public static OptionalInt configure() {
        String existing = System.getenv(VARIABLE);
        if (existing != null && System.getProperty(PROPERTY) == null) {
            return parse(existing);
        }
        int threads = chosenCount(System.getProperty(PROPERTY), Runtime.getRuntime().availableProcessors());
        try {
            int status = Platform.isWindows()
                    ? Native.loadLibrary("msvcrt", WindowsCrt.class)._putenv_s(VARIABLE, Integer.toString(threads))
                    : Native.loadLibrary("c", PosixLibC.class).setenv(VARIABLE, Integer.toString(threads), 1);
            if (status != 0) {
                LOG.warn("Could not set {} (status {}): ND4J uses its default thread count.", VARIABLE, status);
                return OptionalInt.empty();
            }
            configured = threads;
            return OptionalInt.of(threads);
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("Could not set {} ({}): ND4J uses its default thread count.", VARIABLE, e.toString());
            return OptionalInt.empty();
        }
    }

    /**
     * Gives OpenBLAS, and OpenMP on the calling thread, the thread count {@link #configure()} set
     * (loading ND4J if needed); does nothing if {@code configure()} did not set one, e.g. because the
     * environment already had it, in which case ND4J read it itself.
     */
    public static void applyToLoadedLibraries() {
        int threads = configured;
        if (threads > 0) {
            Nd4j.factory().blas().setMaxThreads(threads);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        }
    }

    /**
     * The thread count for a machine with {@code processors} processors: {@code processors - 1},
     * at least 1, unless {@code requested} (the {@value #PROPERTY} property) names a positive count.
     */
    static int chosenCount(String requested, int processors) {
        if (requested != null) {
            OptionalInt parsed = parse(requested);
            if (parsed.isPresent()) {
                return parsed.getAsInt();
            }
            LOG.warn("Ignoring {}={}: not a positive whole number.", PROPERTY, requested);
        }
        return Math.max(1, processors - 1);
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
