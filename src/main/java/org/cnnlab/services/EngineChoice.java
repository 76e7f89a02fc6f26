package org.cnnlab.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cnnlab.engine.ConvolutionEngines;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.EngineReport;
import org.cnnlab.engine.EngineSelector;
import org.cnnlab.persist.AtomicFiles;
import org.cnnlab.persist.InvalidFieldException;
import org.cnnlab.persist.JsonFileException;
import org.cnnlab.persist.JsonFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the engine setting into an engine. {@code auto} means "the fastest engine that passes the
 * golden checks on this machine": the {@link EngineSelector} measures that once, and the answer is
 * remembered in a small file keyed by the machine (CPU, OS, Java), so later starts skip the
 * measurement (a new CPU, Java or set of engines measures again). A named engine that cannot load
 * is refused with the reason.
 */
public final class EngineChoice {
    public static final String AUTO = "auto";
    private static final Logger LOG = LoggerFactory.getLogger(EngineChoice.class);
    /** Far more than a machine's description and an engine name take. */
    static final long MAX_BYTES = 16 * 1024;

    private final ConvolutionEngines engines;
    private final Path cacheFile;
    private volatile String explanation = "";

    public EngineChoice(ConvolutionEngines engines, Path cacheFile) {
        this.engines = engines;
        this.cacheFile = cacheFile;
    }

    /** The engine for {@code requested} ({@code auto} or a name); loads native code, so call it off the UI thread. */
    public Convolver resolve(String requested) {
        if (requested == null || requested.isBlank() || AUTO.equalsIgnoreCase(requested)) {
            return automatic();
        }
        return engines.find(requested).orElseThrow(() -> new IllegalArgumentException(
                "the " + requested + " engine cannot run here: " + engines.unavailableReason(requested)));
    }

    /** Why the last {@link #resolve} picked what it picked, for the status line. */
    public String explanation() {
        return explanation;
    }

    private Convolver automatic() {
        String key = machineKey() + "|" + String.join(",", engines.names());
        Optional<String> remembered = remembered(key);
        if (remembered.isPresent()) {
            Optional<Convolver> engine = engines.find(remembered.get());
            if (engine.isPresent()) {
                explanation = remembered.get() + " (the fastest engine that passed the golden checks on this machine)";
                return engine.get();
            }
        }
        EngineReport report = new EngineSelector(engines).select();
        String name = report.defaultEngine();
        explanation = name + " (the fastest engine that passed the golden checks: "
                + report.fastestPassed().map(r -> String.format(java.util.Locale.ROOT, "%.1f ms on a 1080p image", r.medianMs())).orElse("")
                + ")";
        remember(key, name);
        return engines.find(name).orElseThrow(() -> new IllegalStateException("no engine passed the golden checks"));
    }

    private Optional<String> remembered(String key) {
        if (!Files.isRegularFile(cacheFile)) {
            return Optional.empty();
        }
        try {
            Remembered choice = JsonFiles.read(cacheFile, MAX_BYTES, Remembered.class);
            return key.equals(choice.machine()) ? Optional.of(choice.engine()) : Optional.empty();
        } catch (IOException | JsonFileException e) {
            LOG.warn("ignoring unreadable engine choice {}", cacheFile, e);
            return Optional.empty();
        }
    }

    /** The remembered choice: which engine won on which machine. */
    record Remembered(String machine, String engine) {
        Remembered {
            InvalidFieldException.text(machine, "machine");
            InvalidFieldException.text(engine, "engine");
        }
    }

    private void remember(String key, String engine) {
        try {
            AtomicFiles.write(cacheFile, JsonFiles.toBytes(new Remembered(key, engine)));
        } catch (IOException e) {
            LOG.warn("could not remember the engine choice in {}", cacheFile, e);
        }
    }

    /** What identifies "this machine" for the choice: CPU model, core count, OS and Java version. */
    static String machineKey() {
        String cpu = "";
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (Files.isReadable(cpuinfo)) {
                cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst().orElse("");
            }
        } catch (IOException e) {
            LOG.debug("no cpuinfo", e);
        }
        return String.join("|", cpu, Integer.toString(Runtime.getRuntime().availableProcessors()),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
