package org.cnnlab.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A JavaFX test that also writes screenshots to {@code target/screenshots}: in the groups
 * {@value FxTest#TAG} and {@value #TAG}, so {@code mvn verify -Dgroups=screenshot} renews the
 * pictures alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(FxTest.TAG)
@Tag(ScreenshotTest.TAG)
public @interface ScreenshotTest {
    /** The JUnit tag. */
    String TAG = "screenshot";
}
