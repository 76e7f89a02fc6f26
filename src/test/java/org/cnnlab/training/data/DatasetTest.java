package org.cnnlab.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static Dataset mnistTrain;
    private static Dataset mnistTest;
    private static Dataset fashionTest;

    @BeforeAll
    static void loadBundledDatasets() throws DatasetException {
        DatasetLibrary library = DatasetLibrary.bundled();
        mnistTrain = library.load(DatasetId.MNIST, DatasetSplit.TRAIN);
        mnistTest = library.load(DatasetId.MNIST, DatasetSplit.TEST);
        fashionTest = library.load(DatasetId.FASHION_MNIST, DatasetSplit.TEST);
    }

    @Test
    void mnistTrainingSetHasTheShapeAndRangeTheNotebooksPrint() {
        assertThat(mnistTrain.size()).isEqualTo(60000);
        assertThat(mnistTrain.shapeText()).isEqualTo("(60000, 28, 28)");
        assertThat(mnistTrain.minPixel()).isZero();
        assertThat(mnistTrain.maxPixel()).isEqualTo(255);
    }

    @Test
    void mnistClassCountsAreTheKnownOnesAndSumToTheSetSize() {
        int[] counts = mnistTrain.classCounts();
        assertThat(counts).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(60000);
    }

    @Test
    void theTestSetStartsWithTheWellKnownSevenTwoOne() {
        assertThat(mnistTest.size()).isEqualTo(10000);
        assertThat(mnistTest.label(0)).isEqualTo(7);
        assertThat(mnistTest.label(1)).isEqualTo(2);
        assertThat(mnistTest.label(2)).isEqualTo(1);
    }

    @Test
    void aSampleAsFloatsIsThePixelsDividedBy255() {
        float[] sample = mnistTest.sampleAsFloats(0);
        assertThat(sample).hasSize(784);
        for (int row = 0; row < 28; row++) {
            for (int column = 0; column < 28; column++) {
                assertThat(sample[row * 28 + column]).isCloseTo(mnistTest.pixel(0, row, column) / 255f, within(1e-7f));
            }
        }
        assertThat(sample[0]).isZero();
        float max = 0;
        for (float value : sample) {
            max = Math.max(max, value);
        }
        assertThat(max).isGreaterThan(0.9f).isLessThanOrEqualTo(1f);
    }

    @Test
    void fashionMnistNamesItsTenClassesAndHasAThousandOfEachInTheTestSet() {
        assertThat(fashionTest.shapeText()).isEqualTo("(10000, 28, 28)");
        assertThat(fashionTest.classNames()).containsExactly("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
        assertThat(fashionTest.classCounts()).containsOnly(1000);
        assertThat(fashionTest.className(fashionTest.label(0))).isEqualTo("Ankle boot");
    }

    @Test
    void theDefaultValidationSplitHoldsOutTwentyPercentWithoutOverlap() {
        ValidationSplit split = ValidationSplit.of(mnistTrain, ValidationSplit.DEFAULT_FRACTION, 42);

        assertThat(split.training().size()).isEqualTo(48000);
        assertThat(split.validation().size()).isEqualTo(12000);
        Set<Integer> seen = new HashSet<>();
        for (DatasetSubset part : new DatasetSubset[] {split.training(), split.validation()}) {
            for (int i = 0; i < part.size(); i++) {
                seen.add(part.sourceIndex(i));
            }
        }
        assertThat(seen).hasSize(60000);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnotherOne() {
        ValidationSplit first = ValidationSplit.of(mnistTest, 0.2, 7);
        ValidationSplit again = ValidationSplit.of(mnistTest, 0.2, 7);
        ValidationSplit other = ValidationSplit.of(mnistTest, 0.2, 8);

        int[] a = indices(first.validation());
        assertThat(indices(again.validation())).containsExactly(a);
        assertThat(indices(other.validation())).isNotEqualTo(a);
        assertThat(a).isNotEqualTo(java.util.stream.IntStream.range(8000, 10000).toArray());
    }

    @Test
    void aSplitOfALimitedSubsetOnlyUsesThoseSamples() {
        ValidationSplit split = ValidationSplit.of(DatasetSubset.all(mnistTrain).limit(1000), 0.2, 1);

        assertThat(split.training().size()).isEqualTo(800);
        assertThat(split.validation().size()).isEqualTo(200);
        assertThat(Arrays.stream(indices(split.training())).max().getAsInt()).isLessThan(1000);
    }

    private static int[] indices(DatasetSubset subset) {
        int[] out = new int[subset.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = subset.sourceIndex(i);
        }
        return out;
    }
}
