package org.cnnlab.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of convolution engines the settings and the CLI choose from by name: {@code java}
 * (plain Java, always there), {@code nd4j} and {@code opencv} (native, loaded on first use or by
 * {@link #warmUp()}) and {@code reference} (the slow oracle). A native engine whose library does
 * not load on this machine is reported as unavailable with a human reason, never as a crash.
 * Each engine is created once per registry and reused, so its buffers survive between calls.
 */
public final class ConvolutionEngines {
    public static final String JAVA = "java";
    public static final String ND4J = "nd4j";
    public static final String OPENCV = "opencv";
    public static final String REFERENCE = "reference";

    private static final Logger LOG = LoggerFactory.getLogger(ConvolutionEngines.class);
    private static final ConvolutionEngines STANDARD = new ConvolutionEngines(NativeLibraries.shared());

    private final NativeLibraries natives;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    ConvolutionEngines(NativeLibraries natives) {
        this.natives = natives;
        entries.put(JAVA, new Entry(null, JavaConvolver::new));
        entries.put(ND4J, new Entry(NativeLibraries.Library.ND4J, () -> new Nd4jConvolver()));
        entries.put(OPENCV, new Entry(NativeLibraries.Library.OPENCV, () -> new OpenCvConvolver()));
        entries.put(REFERENCE, new Entry(null, ReferenceConvolver::new));
    }

    /** The process-wide registry over the shared native libraries. */
    public static ConvolutionEngines standard() {
        return STANDARD;
    }

    /** Every engine name, available or not: {@code java, nd4j, opencv, reference}. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /**
     * The engine called {@code name} (case-insensitive), or empty when there is no such engine or
     * its native library cannot be loaded ({@link #unavailableReason} says why). The first call
     * for a native engine loads its library, which can take a few seconds: call it off the UI
     * thread, or {@link #warmUp()} early.
     */
    public Optional<Convolver> find(String name) {
        Entry entry = entries.get(normalise(name));
        return entry == null ? Optional.empty() : entry.get();
    }

    /**
     * Why {@link #find} gives nothing for {@code name}, or an empty string when the engine works.
     * Loads the engine's library if that was not tried yet.
     */
    public String unavailableReason(String name) {
        Entry entry = entries.get(normalise(name));
        if (entry == null) {
            return "there is no engine called '" + name + "'; choose one of " + String.join(", ", names());
        }
        entry.get();
        return entry.reason();
    }

    /** The engines that work on this machine, in {@link #names()} order (loads the native ones). */
    public List<Convolver> available() {
        List<Convolver> engines = new ArrayList<>();
        for (String name : names()) {
            find(name).ifPresent(engines::add);
        }
        return engines;
    }

    /** Loads the native libraries and creates their engines on a background thread. */
    public CompletableFuture<Void> warmUp() {
        return natives.warmUp().thenRun(this::available);
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /** One engine, created on first use. */
    private final class Entry {
        private final NativeLibraries.Library library;
        private final Supplier<Convolver> factory;
        private Convolver engine;
        private String reason = "";
        private boolean tried;

        Entry(NativeLibraries.Library library, Supplier<Convolver> factory) {
            this.library = library;
            this.factory = factory;
        }

        synchronized Optional<Convolver> get() {
            if (!tried) {
                tried = true;
                create();
            }
            return Optional.ofNullable(engine);
        }

        synchronized String reason() {
            return reason;
        }

        private void create() {
            if (library != null) {
                NativeLibraries.Availability availability = natives.load(library);
                if (!availability.available()) {
                    reason = availability.reason();
                    return;
                }
            }
            try {
                engine = factory.get();
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                reason = library != null ? NativeLibraries.humanReason(library, e)
                        : "the engine could not start (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                LOG.warn("engine could not be created: {}", reason, e);
            }
        }
    }
}
