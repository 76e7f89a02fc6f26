package org.cnnlab.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that builds or trains DL4J networks on ND4J's native library (the slow part of the
 * suite): the group {@value #TAG}, run alone with {@code mvn verify -Dgroups=training} or left out
 * with {@code -DexcludedGroups=training}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TrainingTest.TAG)
public @interface TrainingTest {
    /** The JUnit tag. */
    String TAG = "training";
}
