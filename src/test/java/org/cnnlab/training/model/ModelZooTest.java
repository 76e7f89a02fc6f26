package org.cnnlab.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.dl4j.NetworkFactory;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.learning.config.Adam;

/** Parameter counts against the numbers Keras prints for the reference notebooks (README.md, "Models"). */
@TrainingTest
class ModelZooTest {

    @ParameterizedTest(name = "{0}: {1} parameters, {2} non-trainable")
    @CsvSource({
            "dense-baseline,     79510,   0",
            "basic-cnn,          2770634, 0",
            "lenet5,             44164,   0",
            "chollet,            93322,   0",
            "fashion-cnn,        1413834, 0",
            "fashion-cnn-2block, 1036490, 0",
            "simple-resnet,      470730,  256"})
    void ourCountAndDl4jsCountBothMatchKeras(String name, long kerasTotal, long kerasNonTrainable) throws Exception {
        ModelSpec spec = ModelZoo.byName(name).orElseThrow().spec();

        assertThat(spec.params().total()).as("our count").isEqualTo(kerasTotal);
        assertThat(spec.params().nonTrainable()).isEqualTo(kerasNonTrainable);

        Model network = NetworkFactory.build(spec, 42, new Adam(1e-3));
        assertThat(network.numParams()).as("DL4J's numParams").isEqualTo(kerasTotal);
        assertThat(NetworkFactory.paramCount(network)).isEqualTo(new ParamCount(kerasTotal - kerasNonTrainable, kerasNonTrainable));
    }

    @Test
    void theKerasBookConvnetHas55744ConvolutionParameters() {
        long convParams = ModelZoo.byName("chollet").orElseThrow().spec().shapedLayers().stream()
                .filter(layer -> layer.layer() instanceof LayerSpec.Conv)
                .mapToLong(layer -> layer.params().total())
                .sum();
        assertThat(convParams).isEqualTo(55_744);
    }

    @Test
    void lenetShrinksTheImageAsTheTextbookSays() {
        ModelSpec lenet = ModelZoo.byName("lenet5").orElseThrow().spec();
        assertThat(lenet.shapedLayers()).extracting(layer -> layer.output().text()).containsExactly(
                "(None, 24, 24, 6)", "(None, 12, 12, 6)", "(None, 8, 8, 16)", "(None, 4, 4, 16)",
                "(None, 256)", "(None, 120)", "(None, 82)", "(None, 10)");
    }

    @Test
    void onlyTheResNetNeedsAGraph() throws Exception {
        assertThat(NetworkFactory.build(ModelZoo.byName("simple-resnet").orElseThrow().spec(), 1, new Adam()))
                .isInstanceOf(ComputationGraph.class);
        assertThat(NetworkFactory.build(ModelZoo.byName("lenet5").orElseThrow().spec(), 1, new Adam()))
                .isInstanceOf(MultiLayerNetwork.class);
    }

    @Test
    void theZooListsTheSevenCliNames() {
        assertThat(ModelZoo.names()).containsExactly("dense-baseline", "basic-cnn", "lenet5", "chollet",
                "fashion-cnn", "fashion-cnn-2block", "simple-resnet");
        assertThat(ModelZoo.byName("vgg16")).isEmpty();
    }
}
