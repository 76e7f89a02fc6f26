package org.cnnlab.training.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.IdxImages;
import org.cnnlab.training.data.ValidationSplit;
import org.junit.jupiter.api.Test;

class TrainingSamplesTest {
    private static final int IMAGES = 50;

    private static Dataset images() throws DatasetException {
        byte[] labels = new byte[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            labels[i] = (byte) (i % 10);
        }
        return new Dataset(DatasetId.MNIST, DatasetSplit.TRAIN, new IdxImages(IMAGES, 2, 2, new byte[IMAGES * 4]), labels);
    }

    @Test
    void aLimitKeepsOnlyTheFirstImagesBeforeTheSplit() throws DatasetException {
        TrainingConfig config = TrainingConfig.defaults().withLimit(10).withValidationFraction(0.2);

        ValidationSplit split = TrainingSamples.of(images(), config);

        assertThat(split.training().size()).isEqualTo(8);
        assertThat(split.validation().size()).isEqualTo(2);
        for (int i = 0; i < split.training().size(); i++) {
            assertThat(split.training().sourceIndex(i)).isLessThan(10);
        }
    }

    @Test
    void noLimitSplitsTheWholeSet() throws DatasetException {
        ValidationSplit split = TrainingSamples.of(images(), TrainingConfig.defaults().withValidationFraction(0.1));

        assertThat(split.training().size() + split.validation().size()).isEqualTo(IMAGES);
        assertThat(split.validation().size()).isEqualTo(5);
    }

    @Test
    void aValidationPartThatTakesEveryImageIsRefusedWithAnExplanation() throws DatasetException {
        TrainingConfig config = TrainingConfig.defaults().withLimit(1).withValidationFraction(0.5);

        assertThatThrownBy(() -> TrainingSamples.of(images(), config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No training images are left after holding out 50% of 1 for validation:"
                        + " use more images or a smaller validation split.");
    }
}
