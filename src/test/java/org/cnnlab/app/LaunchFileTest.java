package org.cnnlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchFileTest {
    @Test
    void aKernelSetAloneOpensTheWindow() {
        assertThat(LaunchFile.fromArguments(new String[] {"/home/t/edges.cnnkernels"}))
                .contains(new LaunchFile(Path.of("/home/t/edges.cnnkernels"), LaunchFile.Kind.KERNEL_SET));
    }

    @Test
    void aLessonPackIsRecognisedWhateverTheCaseOfItsExtension() {
        assertThat(LaunchFile.fromArguments(new String[] {"Week3.CNNLESSON"})).get()
                .extracting(LaunchFile::kind).isEqualTo(LaunchFile.Kind.LESSON_PACK);
    }

    @Test
    void commandsAndOptionsStayWithTheCommandLineTools() {
        assertThat(LaunchFile.fromArguments(new String[] {"summary"})).isEmpty();
        assertThat(LaunchFile.fromArguments(new String[] {"--self-test"})).isEmpty();
        assertThat(LaunchFile.fromArguments(new String[] {"convolve", "edges.cnnkernels"})).isEmpty();
        assertThat(LaunchFile.fromArguments(new String[] {"photo.png"})).isEmpty();
    }
}
