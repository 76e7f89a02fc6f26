package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeThreadsTest {
    @Test
    void batchesGetOneThreadPerCoreByDefault() {
        assertThat(NativeThreads.chosenCount(null, null, 2)).isEqualTo(2);
        assertThat(NativeThreads.chosenCount(null, null, 8)).isEqualTo(8);
    }

    @Test
    void theEnvironmentDecidesWhenItNamesACount() {
        assertThat(NativeThreads.chosenCount(null, "1", 8)).isEqualTo(1);
        assertThat(NativeThreads.chosenCount(null, "lots", 4)).isEqualTo(4);
    }

    @Test
    void aRequestedCountWinsOverTheEnvironmentAndNonsenseIsIgnored() {
        assertThat(NativeThreads.chosenCount("3", "1", 2)).isEqualTo(3);
        assertThat(NativeThreads.chosenCount(" 2 ", null, 8)).isEqualTo(2);
        assertThat(NativeThreads.chosenCount("0", null, 4)).isEqualTo(4);
        assertThat(NativeThreads.chosenCount("many", "2", 4)).isEqualTo(2);
    }

    @Test
    void smallBatchesStayOnOneThreadAndLargeOnesShareTheCores() {
        // LeNet-5 at batch 128 (281,380 multiply-adds an image) and the Keras-book convnet at batch 64 (2,794,240)
        assertThat(NativeThreads.threadsForBatch(281_380L * 128, 2, false)).isEqualTo(1);
        assertThat(NativeThreads.threadsForBatch(2_794_240L * 64, 2, false)).isEqualTo(2);
        assertThat(NativeThreads.threadsForBatch(281_380L * 64, 2, true)).as("the user's count").isEqualTo(2);
    }
}
