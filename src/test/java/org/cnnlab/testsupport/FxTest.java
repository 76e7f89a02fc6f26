package org.cnnlab.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that shows JavaFX windows (TestFX, headless through Monocle): the group {@value #TAG},
 * run alone with {@code mvn verify -Dgroups=fx} or left out with {@code -DexcludedGroups=fx}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(FxTest.TAG)
public @interface FxTest {
    /** The JUnit tag. */
    String TAG = "fx";
}
