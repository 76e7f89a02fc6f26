package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@TrainingTest
class PretrainedModelsTest {
    // Correct answers on the first 1,000 MNIST test images, counted by a separate program when the models
    // were made, with and without DL4J's oneDNN helpers (both gave these counts; models/README.md).
    // Tolerance: 5 images, for borderline digits whose winning class can flip between CPUs and native builds.
    private static final int LENET_CORRECT = 987;
    private static final int CHOLLET_CORRECT = 990;
    private static final int TOLERANCE = 5;

    private static DatasetSubset firstThousandTestImages;

    @BeforeAll
    static void loadMnist() throws DatasetException {
        firstThousandTestImages = DatasetSubset.all(DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TEST)).limit(1000);
    }

    @Test
    void twoModelsShipAndEveryResourceIsSmall() throws IOException {
        assertThat(PretrainedModels.all()).extracting(PretrainedModels.Pretrained::name)
                .containsExactly("lenet5-mnist", "chollet-mnist");
        for (PretrainedModels.Pretrained model : PretrainedModels.all()) {
            try (InputStream in = PretrainedModels.class.getResourceAsStream(model.resource())) {
                assertThat(in).as(model.resource()).isNotNull();
                assertThat(in.readAllBytes().length).as(model.resource()).isBetween(10_000, 2_000_000);
            }
        }
    }

    @Test
    void anExportedCopyOpensLikeASavedModelAndADamagedCopyIsReplaced(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        PretrainedModels.Pretrained lenet = PretrainedModels.byName("lenet5-mnist").orElseThrow();
        java.nio.file.Path copy = PretrainedModels.export(lenet, folder);
        assertThat(copy).isEqualTo(folder.resolve("lenet5-mnist.zip"));
        assertThat(ModelFile.load(copy).metadata().epochs()).isEqualTo(3);
        java.nio.file.Files.writeString(copy, "damaged");
        assertThat(PretrainedModels.export(lenet, folder)).isEqualTo(copy);
        assertThat(ModelFile.load(copy).metadata().dataset()).isEqualTo(DatasetId.MNIST);
    }

    @Test
    void theShippedLenetReadsTheTestDigitsAsWellAsWhenItWasMade() throws ModelFileException {
        LoadedModel loaded = PretrainedModels.load(PretrainedModels.byName("lenet5-mnist").orElseThrow());

        assertThat(loaded.network().spec().name()).isEqualTo("lenet5");
        assertThat(loaded.metadata().dataset()).isEqualTo(DatasetId.MNIST);
        assertThat(Evaluation.of(loaded.network(), firstThousandTestImages).correct())
                .isBetween(LENET_CORRECT - TOLERANCE, LENET_CORRECT + TOLERANCE);
    }

    @Test
    void theShippedConvnetReadsTheTestDigitsAsWellAsWhenItWasMade() throws ModelFileException {
        LoadedModel loaded = PretrainedModels.load(PretrainedModels.byName("chollet-mnist").orElseThrow());

        assertThat(loaded.network().spec().name()).isEqualTo("chollet");
        // saved before networks cached their forward pass; loading gives it the cache (and the first-layer shortcut)
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork network = (org.deeplearning4j.nn.multilayer.MultiLayerNetwork) loaded.network().model();
        assertThat(network.getLayerWiseConfigurations().getCacheMode()).isEqualTo(org.deeplearning4j.nn.conf.CacheMode.DEVICE);
        assertThat(((org.deeplearning4j.nn.layers.AbstractLayer<?>) network.getLayer(0)).getCacheMode())
                .isEqualTo(org.deeplearning4j.nn.conf.CacheMode.DEVICE);
        assertThat(network.getLayer(0).getHelper()).isInstanceOf(InputLayerConvHelper.class);
        assertThat(loaded.metadata().optimizer()).isEqualTo(OptimizerKind.RMSPROP);
        assertThat(Evaluation.of(loaded.network(), firstThousandTestImages).correct())
                .isBetween(CHOLLET_CORRECT - TOLERANCE, CHOLLET_CORRECT + TOLERANCE);
    }

    @Test
    void aMissingResourceIsReportedAsABrokenInstallation() {
        PretrainedModels.Pretrained missing = new PretrainedModels.Pretrained("gone", "A removed model",
                "/org/cnnlab/training/models/gone.zip", DatasetId.MNIST);

        assertThatThrownBy(() -> PretrainedModels.load(missing)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("missing from this installation");
    }
}
