package org.cnnlab.testsupport;

import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs {@link RequiresOneDnn} tests only where ND4J's natives on the class path are a oneDNN build.
 * JavaCPP keeps each build's libraries under {@code org/nd4j/linalg/cpu/nativecpu/bindings/PLATFORM-EXTENSION/},
 * so the check looks for that folder and loads nothing.
 */
public final class OneDnnNatives implements ExecutionCondition {
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";
    private static final List<String> ONEDNN_EXTENSIONS = List.of("-onednn", "-onednn-avx2", "-onednn-avx512");

    /** Whether a oneDNN build of ND4J's natives for this platform is on the class path. */
    public static boolean present() {
        ClassLoader loader = OneDnnNatives.class.getClassLoader();
        return ONEDNN_EXTENSIONS.stream().anyMatch(extension -> loader.getResource(BINDINGS + Loader.getPlatform() + extension + "/") != null);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return present() ? ConditionEvaluationResult.enabled("ND4J's oneDNN natives for " + Loader.getPlatform() + " are here")
                : ConditionEvaluationResult.disabled("no oneDNN build of ND4J's natives for " + Loader.getPlatform()
                        + " on the class path (there is none for macosx-arm64)");
    }
}
