package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class MiniBatchesTest {
    private static Dataset mnistTest;

    @BeforeAll
    static void load() throws DatasetException {
        mnistTest = DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TEST);
    }

    @Test
    void batchesAreNchwImagesWithOneHotLabelsAndTheLastIsSmaller() {
        MiniBatches batches = new MiniBatches(DatasetSubset.all(mnistTest).limit(25), 10);

        assertThat(batches.batchCount()).isEqualTo(3);
        DataSet first = batches.batch(0);
        assertThat(first.getFeatures().shape()).containsExactly(10, 1, 28, 28);
        assertThat(first.getLabels().shape()).containsExactly(10, 10);
        assertThat(first.getLabels().getRow(0).toFloatVector()).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(first.getFeatures().getFloat(0, 0, 14, 14)).isCloseTo(mnistTest.pixel(0, 14, 14) / 255f, within(1e-7f));
        assertThat(batches.batch(2).getFeatures().shape()).containsExactly(5, 1, 28, 28);
        assertThat(batches.labels(2)).hasSize(5);
    }

    @Test
    void shufflingReordersSamplesKeepingEachImageWithItsLabel() {
        MiniBatches batches = new MiniBatches(DatasetSubset.all(mnistTest).limit(50), 50);
        batches.shuffle(new Random(3));
        DataSet all = batches.batch(0);
        int[] labels = batches.labels(0);

        int[] unshuffled = new MiniBatches(DatasetSubset.all(mnistTest).limit(50), 50).labels(0);
        assertThat(labels).isNotEqualTo(unshuffled);
        for (int i = 0; i < 50; i++) {
            assertThat(all.getLabels().getFloat(i, labels[i])).isEqualTo(1f);
            float[] image = all.getFeatures().get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).ravel().toFloatVector();
            int source = indexOfImage(image);
            assertThat(mnistTest.label(source)).isEqualTo(labels[i]);
        }
    }

    private static int indexOfImage(float[] image) {
        for (int candidate = 0; candidate < 50; candidate++) {
            if (java.util.Arrays.equals(mnistTest.sampleAsFloats(candidate), image)) {
                return candidate;
            }
        }
        throw new AssertionError("image not among the first 50 samples");
    }
}
