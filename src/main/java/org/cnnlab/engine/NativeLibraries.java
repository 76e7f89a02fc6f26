package org.cnnlab.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the native libraries behind the native engines (ND4J's libnd4j and OpenCV, both through
 * JavaCPP) once per process, lazily or from a background warm-up, and turns any failure
 * ({@link UnsatisfiedLinkError}, an off-heap {@link OutOfMemoryError}, a missing class …) into an
 * {@link Availability} with a human reason instead of a crash. Where JavaCPP unpacks the
 * libraries is the launcher's business ({@code -Dorg.bytedeco.javacpp.cachedir}).
 */
public final class NativeLibraries {
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraries.class);
    private static final NativeLibraries SHARED = new NativeLibraries(defaultLoaders());

    /** A native library an engine depends on. */
    public enum Library {
        ND4J("ND4J (libnd4j)"),
        OPENCV("OpenCV");

        private final String displayName;

        Library(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** What loading a library gave: available, or not with a reason a user can read. */
    public record Availability(Library library, boolean available, String reason, long loadMillis) {
        static Availability loaded(Library library, long millis) {
            return new Availability(library, true, "", millis);
        }

        static Availability unavailable(Library library, String reason, long millis) {
            return new Availability(library, false, reason, millis);
        }
    }

    /** The code that loads one library; throws anything when it cannot. */
    @FunctionalInterface
    interface Loader {
        void load() throws Exception;
    }

    private final Map<Library, Loader> loaders;
    private final Map<Library, Availability> results = new EnumMap<>(Library.class);
    private final Map<Library, Object> locks = new EnumMap<>(Library.class);

    NativeLibraries(Map<Library, Loader> loaders) {
        this.loaders = new EnumMap<>(loaders);
        for (Library library : Library.values()) {
            locks.put(library, new Object());
        }
    }

    /** The process-wide instance: each library is loaded at most once per JVM. */
    public static NativeLibraries shared() {
        return SHARED;
    }

    /** Loads {@code library} if not tried yet (blocking, 0.5–3 s the first time) and says whether it works. */
    public Availability load(Library library) {
        synchronized (lockFor(library)) {
            Availability known;
            synchronized (results) {
                known = results.get(library);
            }
            if (known != null) {
                return known;
            }
            Availability result = tryLoad(library);
            synchronized (results) {
                results.put(library, result);
            }
            return result;
        }
    }

    /** Loads {@code library} like {@link #load}; throws {@link IllegalStateException} with the reason when it cannot work here. */
    public void require(Library library) {
        Availability availability = load(library);
        if (!availability.available()) {
            throw new IllegalStateException(availability.reason());
        }
    }

    /** What is known without loading: empty until {@link #load} or {@link #warmUp} has finished for it. */
    public Optional<Availability> knownAvailability(Library library) {
        synchronized (results) {
            return Optional.ofNullable(results.get(library));
        }
    }

    /** Loads every library on one background daemon thread; the future completes when all were tried. */
    public CompletableFuture<Map<Library, Availability>> warmUp() {
        CompletableFuture<Map<Library, Availability>> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Map<Library, Availability> all = new EnumMap<>(Library.class);
            for (Library library : Library.values()) {
                all.put(library, load(library));
            }
            future.complete(all);
        }, "native-warm-up");
        t.setDaemon(true);
        t.start();
        return future;
    }

    private Object lockFor(Library library) {
        return locks.get(library);
    }

    private Availability tryLoad(Library library) {
        Loader loader = loaders.get(library);
        long start = System.nanoTime();
        if (loader == null) {
            return Availability.unavailable(library, library.displayName() + " is not part of this build", 0);
        }
        try {
            loader.load();
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("{} loaded in {} ms", library.displayName(), millis);
            return Availability.loaded(library, millis);
        } catch (Exception | LinkageError | OutOfMemoryError t) {
            // a native library that cannot load (missing, wrong CPU, no memory) leaves the app on its Java engines
            long millis = (System.nanoTime() - start) / 1_000_000;
            String reason = humanReason(library, t);
            LOG.warn("{} is unavailable: {}", library.displayName(), reason, t);
            return Availability.unavailable(library, reason, millis);
        }
    }

    /**
     * One sentence: what failed and what the user can do, in words; the exception itself goes to
     * the log beside it.
     */
    static String humanReason(Library library, Throwable failure) {
        Throwable root = rootCause(failure);
        String name = library.displayName();
        if (root instanceof OutOfMemoryError) {
            return name + " could not reserve memory for its native code; close other programs or give the app more memory";
        }
        if (root instanceof UnsatisfiedLinkError) {
            return name + "'s native library could not be loaded on this machine; the plain Java engine works without it"
                    + " (the details are in the log)";
        }
        if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
            return name + " is missing from this installation; reinstall the app to get it back";
        }
        return name + " failed to start; the plain Java engine works without it (the details are in the log)";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static Map<Library, Loader> defaultLoaders() {
        Map<Library, Loader> loaders = new EnumMap<>(Library.class);
        // Lambdas, not method references: the engine classes are resolved only when a load runs,
        // so a build without the native jars still starts.
        loaders.put(Library.ND4J, () -> Nd4jConvolver.loadNatives());
        loaders.put(Library.OPENCV, () -> OpenCvConvolver.loadNatives());
        return loaders;
    }
}
