package org.cnnlab.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@link EngineSelector} found on this machine: per engine, whether it passed the golden
 * and agreement checks (and why not), and its median time on the 1080p RGB 3x3 case. The default
 * engine is the fastest one that passed.
 */
public record EngineReport(List<EngineResult> results) {

    /**
     * One engine's outcome; {@code medianMs} is {@link Double#NaN} when the engine failed a check
     * and was not timed, and {@code reason} is empty when it passed.
     */
    public record EngineResult(String name, boolean passed, String reason, double medianMs) {
    }

    public EngineReport {
        results = List.copyOf(results);
    }

    /** The name of the fastest engine that passed, or {@code reference} (the oracle) when none did. */
    public String defaultEngine() {
        return fastestPassed().map(EngineResult::name).orElse(ConvolutionEngines.REFERENCE);
    }

    /** The fastest engine that passed, if any. */
    public Optional<EngineResult> fastestPassed() {
        return results.stream()
                .filter(EngineResult::passed)
                .filter(r -> !Double.isNaN(r.medianMs()))
                .min(Comparator.comparingDouble(EngineResult::medianMs));
    }

    /** The result for {@code name}, if that engine was checked. */
    public Optional<EngineResult> result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
