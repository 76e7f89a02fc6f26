package org.cnnlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerOutputTest {
    private static float[] seven;

    @BeforeAll
    static void load() throws DatasetException {
        seven = DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TEST).sampleAsFloats(0);
    }

    private static TrainableNetwork network(String model) throws ModelSpecException {
        return TrainableNetwork.create(ModelZoo.byName(model).orElseThrow().spec(), OptimizerKind.ADAM, 1e-3, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dense-baseline", "basic-cnn", "lenet5", "chollet", "fashion-cnn", "fashion-cnn-2block", "simple-resnet"})
    void dl4jProducesTheShapesOurInferencePredictsAtEveryLayer(String model) throws Exception {
        TrainableNetwork network = network(model);
        List<LayerOutput> outputs = network.activations(seven);

        assertThat(outputs).extracting(LayerOutput::shape)
                .containsExactlyElementsOf(network.spec().shapedLayers().stream().map(ShapedLayer::output).toList());
        float[] probabilities = outputs.get(outputs.size() - 1).values();
        float sum = 0;
        for (float p : probabilities) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1f, within(1e-4f));
        float[] predicted = network.predict(new MiniBatches(DatasetSubset.all(
                DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TEST)).limit(1), 1).batch(0).getFeatures()).toFloatVector();
        assertThat(probabilities).containsExactly(predicted, within(1e-6f));
    }

    @Test
    void maxPoolingKeepsTheLargestValueOfEachTwoByTwoWindow() throws Exception {
        List<LayerOutput> outputs = network("chollet").activations(seven);
        LayerOutput conv = outputs.get(0);
        LayerOutput pool = outputs.get(1);

        for (int channel : new int[] {0, 17, 31}) {
            float[] before = conv.featureMap(channel);
            float[] after = pool.featureMap(channel);
            for (int y = 0; y < 13; y++) {
                for (int x = 0; x < 13; x++) {
                    float max = Math.max(Math.max(before[(2 * y) * 26 + 2 * x], before[(2 * y) * 26 + 2 * x + 1]),
                            Math.max(before[(2 * y + 1) * 26 + 2 * x], before[(2 * y + 1) * 26 + 2 * x + 1]));
                    assertThat(after[y * 13 + x]).isEqualTo(max);
                }
            }
        }
    }

    @Test
    void averagePoolingTakesTheMeanAndReluLeavesNoNegatives() throws Exception {
        List<LayerOutput> outputs = network("lenet5").activations(seven);
        float[] conv = outputs.get(0).featureMap(3);
        float[] pool = outputs.get(1).featureMap(3);

        float smallest = Float.MAX_VALUE;
        for (float value : outputs.get(0).values()) {
            smallest = Math.min(smallest, value);
        }
        assertThat(smallest).isZero();
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 12; x++) {
                float mean = (conv[2 * y * 24 + 2 * x] + conv[2 * y * 24 + 2 * x + 1]
                        + conv[(2 * y + 1) * 24 + 2 * x] + conv[(2 * y + 1) * 24 + 2 * x + 1]) / 4;
                assertThat(pool[y * 12 + x]).isCloseTo(mean, within(1e-5f));
            }
        }
        assertThat(outputs.get(4).values()).containsExactly(outputs.get(3).values());
    }

    @Test
    void theSkipConnectionAddsTheEarlierOutput() throws Exception {
        List<LayerOutput> outputs = network("simple-resnet").activations(seven);
        float[] skipped = outputs.get(1).values();
        float[] residual = outputs.get(3).values();
        float[] sum = outputs.get(4).values();

        for (int i = 0; i < sum.length; i += 997) {
            assertThat(sum[i]).isCloseTo(skipped[i] + residual[i], within(1e-5f));
        }
    }
}
