package org.cnnlab.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of DL4J's oneDNN layer helpers, which need ND4J's oneDNN build: skipped, not failed,
 * where the build on the class path has none (macOS on Apple silicon, for which 1.0.0-M2.1 ships
 * no {@code -onednn} natives, or a build made with the plain classifier). See {@link OneDnnNatives}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OneDnnNatives.class)
public @interface RequiresOneDnn {
}
