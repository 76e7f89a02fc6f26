package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cnnlab.engine.PoolingType;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.LayerPadding;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ShapedLayer;
import org.cnnlab.training.model.TensorShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TrainingTest
class LayerOutputTest {
    private static float[] seven;

    @BeforeAll
    static void load() throws DatasetException {
        seven = DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TEST).sampleAsFloats(0);
    }

    /** Uniform random pixels, so even border outputs are non-zero. */
    private static float[] noise() {
        float[] noise = new float[784];
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextFloat();
        }
        return noise;
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
        List<LayerOutput> outputs = network("simple-resnet").activations(noise());
        float[] skipped = outputs.get(1).values();
        float[] residual = outputs.get(3).values();
        float[] sum = outputs.get(4).values();

        int bothNonZero = 0;
        for (int i = 0; i < sum.length; i += 97) {
            assertThat(sum[i]).isCloseTo(skipped[i] + residual[i], within(1e-5f));
            if (skipped[i] != 0 && residual[i] != 0) {
                bothNonZero++;
            }
        }
        assertThat(bothNonZero).isGreaterThan(10);
    }

    /** relu(bias + sum over c, y, x of w * input[c][i + y - pad][j + x - pad]), zero outside the input. */
    private static float convolveByHand(KernelSnapshot kernels, LayerOutput input, int filter, int i, int j, int pad) {
        TensorShape shape = input.shape();
        double sum = kernels.biases()[filter];
        for (int c = 0; c < kernels.channels(); c++) {
            float[] map = input.featureMap(c);
            for (int y = 0; y < kernels.size(); y++) {
                for (int x = 0; x < kernels.size(); x++) {
                    int row = i + y - pad;
                    int column = j + x - pad;
                    if (row >= 0 && row < shape.height() && column >= 0 && column < shape.width()) {
                        sum += kernels.weight(filter, c, y, x) * map[row * shape.width() + column];
                    }
                }
            }
        }
        return (float) Math.max(0, sum);
    }

    @Test
    void aConvolutionOutputIsTheCrossCorrelationOfItsKernelsWithItsInput() throws Exception {
        TrainableNetwork chollet = network("chollet");
        List<LayerOutput> outputs = chollet.activations(seven);
        KernelSnapshot kernels = chollet.kernels(2);

        assertThat(kernels.filters()).isEqualTo(64);
        assertThat(kernels.channels()).isEqualTo(32);
        float largest = 0;
        for (int[] at : new int[][] {{5, 4, 7}, {0, 0, 0}, {63, 10, 10}, {20, 5, 5}, {40, 6, 4}}) {
            float expected = convolveByHand(kernels, outputs.get(1), at[0], at[1], at[2], 0);
            assertThat(outputs.get(2).featureMap(at[0])[at[1] * 11 + at[2]]).isCloseTo(expected, within(1e-4f));
            largest = Math.max(largest, expected);
        }
        assertThat(largest).as("some checked output is not cut off by ReLU").isPositive();
    }

    @Test
    void samePaddingReadsZerosBeyondTheBorderInTheGraphModelToo() throws Exception {
        TrainableNetwork resnet = network("simple-resnet");
        List<LayerOutput> outputs = resnet.activations(noise());
        KernelSnapshot kernels = resnet.kernels(2);

        float largest = 0;
        for (int[] at : new int[][] {{0, 0, 0}, {9, 25, 25}, {33, 13, 0}, {12, 0, 13}, {50, 12, 25}}) {
            float expected = convolveByHand(kernels, outputs.get(1), at[0], at[1], at[2], 1);
            assertThat(outputs.get(2).featureMap(at[0])[at[1] * 26 + at[2]]).isCloseTo(expected, within(1e-4f));
            largest = Math.max(largest, expected);
        }
        assertThat(largest).as("some checked output is not cut off by ReLU").isPositive();
    }

    @Test
    void stridesWindowsNormsAndSkipsFromTheInputGetTheShapesWeInfer() throws Exception {
        List<LayerSpec> layers = List.of(
                new LayerSpec.Conv(4, 3, 1, LayerPadding.SAME, LayerActivation.TANH),
                new LayerSpec.Conv(1, 3, 1, LayerPadding.SAME, LayerActivation.LINEAR),
                new LayerSpec.Add(-1),
                new LayerSpec.Conv(8, 3, 2, LayerPadding.VALID, LayerActivation.RELU),
                new LayerSpec.Conv(8, 3, 2, LayerPadding.SAME, LayerActivation.SIGMOID),
                new LayerSpec.Pool(PoolingType.AVERAGE, 3, 2),
                new LayerSpec.BatchNorm(),
                new LayerSpec.GlobalAveragePool(),
                new LayerSpec.Dense(16, LayerActivation.RELU),
                new LayerSpec.BatchNorm(),
                new LayerSpec.Dropout(0.3),
                new LayerSpec.Dropout(0),
                new LayerSpec.Dense(10, LayerActivation.SOFTMAX));
        ModelSpec spec = ModelSpec.of("mixed", ModelZoo.MNIST_INPUT, layers);
        TrainableNetwork network = TrainableNetwork.create(spec, OptimizerKind.SGD, 0.01, 1);

        List<LayerOutput> outputs = network.activations(noise());

        assertThat(outputs).extracting(output -> output.shape().text()).containsExactly(
                "(None, 28, 28, 4)", "(None, 28, 28, 1)", "(None, 28, 28, 1)", "(None, 13, 13, 8)", "(None, 7, 7, 8)",
                "(None, 3, 3, 8)", "(None, 3, 3, 8)", "(None, 8)", "(None, 16)", "(None, 16)", "(None, 16)", "(None, 16)",
                "(None, 10)");
        assertThat(network.numParams()).isEqualTo(spec.params().total());
        assertThat(outputs.get(11).values()).containsExactly(outputs.get(10).values());
    }
}
