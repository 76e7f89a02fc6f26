package org.cnnlab.engine;

import java.util.List;

/** Engines for tests: a native engine that cannot load fails the test instead of skipping it. */
final class TestEngines {
    static final List<String> ALL = List.of("java", "nd4j", "opencv", "reference");
    static final List<String> FAST = List.of("java", "nd4j", "opencv");

    private TestEngines() {
    }

    static Convolver engine(String name) {
        ConvolutionEngines engines = ConvolutionEngines.standard();
        return engines.find(name).orElseThrow(() -> new AssertionError(
                "engine '" + name + "' is unavailable on this machine: " + engines.unavailableReason(name)));
    }
}
