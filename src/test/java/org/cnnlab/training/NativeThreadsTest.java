package org.cnnlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeThreadsTest {
    @Test
    void oneCoreIsLeftToTheJavaThreadThatDrivesTraining() {
        assertThat(NativeThreads.chosenCount(null, 2)).isEqualTo(1);
        assertThat(NativeThreads.chosenCount(null, 8)).isEqualTo(7);
    }

    @Test
    void aSingleProcessorMachineStillGetsOneThread() {
        assertThat(NativeThreads.chosenCount(null, 1)).isEqualTo(1);
    }

    @Test
    void aRequestedCountWinsAndNonsenseIsIgnored() {
        assertThat(NativeThreads.chosenCount("3", 2)).isEqualTo(3);
        assertThat(NativeThreads.chosenCount(" 2 ", 8)).isEqualTo(2);
        assertThat(NativeThreads.chosenCount("0", 4)).isEqualTo(3);
        assertThat(NativeThreads.chosenCount("many", 4)).isEqualTo(3);
    }
}
