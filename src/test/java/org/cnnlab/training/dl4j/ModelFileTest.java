package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cnnlab.persist.JsonFiles;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.testsupport.ZipBomb;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecJson;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ZooModel;
import org.cnnlab.training.run.Trainer;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingControl;
import org.cnnlab.training.run.TrainingObserver;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;

@TrainingTest
class ModelFileTest {
    private static Dataset mnistTrain;
    private static INDArray testImages;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws DatasetException {
        DatasetLibrary library = DatasetLibrary.bundled();
        mnistTrain = library.load(DatasetId.MNIST, DatasetSplit.TRAIN);
        testImages = new MiniBatches(DatasetSubset.all(library.load(DatasetId.MNIST, DatasetSplit.TEST)).limit(20), 20)
                .batch(0).getFeatures();
    }

    private static ModelMetadata metadata() {
        return new ModelMetadata(DatasetId.MNIST, DatasetId.MNIST.classNames(), OptimizerKind.ADAM, 1e-3, 20, 1, 42,
                Double.NaN, "2026-12-01T00:00:00Z");
    }

    private static TrainableNetwork trainedBriefly(String model) throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(20).withLimit(20).withValidationFraction(0);
        TrainableNetwork network = TrainableNetwork.create(ModelZoo.byName(model).orElseThrow().spec(), config.optimizer(),
                config.learningRate(), config.seed());
        new Trainer().train(network, ValidationSplit.of(DatasetSubset.all(mnistTrain).limit(20), 0, 1), config,
                TrainingObserver.NONE, new TrainingControl());
        return network;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "simple-resnet"})
    void aSavedModelPredictsExactlyTheSameAfterLoading(String model) throws Exception {
        TrainableNetwork network = trainedBriefly(model);
        Path file = dir.resolve("sub/model.zip");

        ModelFile.save(file, network, metadata());
        LoadedModel loaded = ModelFile.load(file);

        assertThat(loaded.network().predict(testImages).toFloatMatrix()).isDeepEqualTo(network.predict(testImages).toFloatMatrix());
        assertThat(loaded.network().spec().layers()).isEqualTo(network.spec().layers());
        assertThat(loaded.metadata().classNames()).isEqualTo(metadata().classNames());
        assertThat(loaded.metadata().testAccuracy()).isNaN();
        float[] savedState = network.updaterState().toFloatVector();
        float[] loadedState = loaded.network().updaterState().toFloatVector();
        assertThat(Arrays.equals(loadedState, savedState)).as("optimiser state restored").isTrue();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void everyZooDescriptionSurvivesJson() throws Exception {
        for (ZooModel model : ModelZoo.all()) {
            ModelSpec back = ModelSpecJson.fromJson(ModelSpecJson.toJson(model.spec()));
            assertThat(back.layers()).isEqualTo(model.spec().layers());
            assertThat(back.params()).isEqualTo(model.spec().params());
        }
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithAMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "hello");

        assertThatThrownBy(() -> ModelFile.load(text)).isInstanceOf(ModelFileException.class)
                .hasMessage("notes.zip is not a CNN Lab model file (saved models hold cnnlab-model.json and dl4j-network.zip).");
        assertThatThrownBy(() -> ModelFile.load(dir.resolve("none.zip"))).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aPlainDl4jModelIsRecognisedAndRefused() throws Exception {
        Path file = dir.resolve("plain.zip");
        ModelSerializer.writeModel(trainedBriefly("dense-baseline").model(), file.toFile(), false);

        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("a DL4J model without CNN Lab's description");
    }

    @Test
    void aFileFromANewerVersionAsksForAnUpdate() throws Exception {
        Path file = dir.resolve("future.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFile.DESCRIPTION_ENTRY));
            zip.write("{\"format\":\"cnnlab-model\",\"version\":2}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ModelFile.NETWORK_ENTRY));
            zip.write(new byte[10]);
        }

        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("newer CNN Lab (model format 2)")
                .hasMessageContaining("Update CNN Lab");
    }

    @Test
    void aDescriptionSavedByVersion01IsReadWithItsSnakeCaseKeys() throws Exception {
        byte[] saved;
        try (var in = getClass().getResourceAsStream("saved-by-0.1/cnnlab-model.json")) {
            saved = in.readAllBytes();
        }

        ModelFile.Description description = JsonFiles.read(saved, ModelFile.Description.class);

        ModelMetadata metadata = description.metadata().toMetadata();
        assertThat(metadata.classNames()).isEqualTo(DatasetId.MNIST.classNames());
        assertThat(metadata.learningRate()).isEqualTo(0.003);
        assertThat(metadata.batchSize()).isEqualTo(64);
        assertThat(metadata.testAccuracy()).isEqualTo(0.9891);
        assertThat(metadata.createdAt()).isEqualTo("2026-12-01T06:08:06.303786379Z");
        assertThat(description.spec().toSpec().layers()).isEqualTo(ModelZoo.byName("lenet5").orElseThrow().spec().layers());
    }

    @Test
    void newDescriptionsWriteCamelCaseKeysLikeEveryOtherFile() {
        String json = new String(JsonFiles.toBytes(ModelFile.StoredMetadata.of(metadata())), StandardCharsets.UTF_8);
        assertThat(json).contains("\"classNames\"", "\"learningRate\"", "\"batchSize\"", "\"testAccuracy\" : null",
                "\"createdAt\"").doesNotContain("_");
    }

    @Test
    void aLayerWithoutAFieldItNeedsIsNamedWithItsNumber() throws Exception {
        String description = "{\"format\":\"cnnlab-model\",\"version\":1,\"spec\":{\"name\":\"x\",\"input\":[28,28,1],"
                + "\"layers\":[{\"type\":\"conv\",\"kernel\":3,\"stride\":1,\"padding\":\"valid\",\"activation\":\"relu\"}]},"
                + "\"metadata\":{}}";
        Path file = dir.resolve("missing.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFile.DESCRIPTION_ENTRY));
            zip.write(description.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ModelFile.NETWORK_ENTRY));
            zip.write(new byte[10]);
        }

        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessage("The description inside missing.zip is invalid: Layer 1: 'filters' is missing.");
    }

    @Test
    void aDescriptionThatInflatesFarBeyondWhatItDeclaresIsRefusedByTheBytesInflated() throws Exception {
        Path bomb = ZipBomb.write(dir.resolve("bomb.zip"), Map.of(ModelFile.NETWORK_ENTRY, new byte[10]),
                ModelFile.DESCRIPTION_ENTRY, (int) ModelFile.MAX_DESCRIPTION_BYTES * 8, 200);

        assertThatThrownBy(() -> ModelFile.load(bomb)).isInstanceOf(ModelFileException.class)
                .hasMessage("bomb.zip is damaged or not a CNN Lab model file: its description unpacks to more than 1 MB.");
    }

    @Test
    void aTruncatedFileIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("model.zip");
        ModelFile.save(file, trainedBriefly("dense-baseline"), metadata());
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> ModelFile.load(cut)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("cut.zip")
                .hasMessageContaining("damaged");
    }
}
