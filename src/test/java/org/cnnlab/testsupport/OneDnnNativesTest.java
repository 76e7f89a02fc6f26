package org.cnnlab.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;

class OneDnnNativesTest {
    /** The pom ships the oneDNN build on linux-x86_64, so there the oneDNN tests must run, not be skipped. */
    @Test
    void theLinuxBuildIsFoundAsAOneDnnBuild() {
        assumeTrue(Loader.getPlatform().equals("linux-x86_64"), "the pom's oneDNN natives are checked on linux-x86_64");

        assertThat(OneDnnNatives.present()).isTrue();
    }
}
