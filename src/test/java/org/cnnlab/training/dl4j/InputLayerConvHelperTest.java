package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.testsupport.RequiresOneDnn;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

@TrainingTest
@RequiresOneDnn
class InputLayerConvHelperTest {
    private static MultiLayerNetwork build(String model) throws ModelSpecException {
        OneDnnHelpers.enable();
        return NetworkFactory.buildSequential(ModelZoo.byName(model).orElseThrow().spec(), 5, new Sgd(0.1));
    }

    /** The gradient of every parameter for one batch, as one flat copy (the same dropout masks each time). */
    private static INDArray gradient(MultiLayerNetwork network, INDArray images, INDArray labels) {
        Nd4j.getRandom().setSeed(11);
        network.setInput(images);
        network.setLabels(labels);
        network.computeGradientAndScore();
        Gradient gradient = network.gradient();
        return gradient.gradient().dup();
    }

    @ParameterizedTest
    // valid padding, one and three kernels; "same" padding with a 7x7 kernel (and dropout further on)
    @ValueSource(strings = {"lenet5", "chollet", "fashion-cnn-2block"})
    void theFirstLayersWeightAndBiasGradientsAreThoseOfTheFullBackwardPass(String model) throws ModelSpecException {
        MultiLayerNetwork full = build(model);
        MultiLayerNetwork shortcut = build(model);
        assertThat(InputLayerConvHelper.installOnFirstLayer(shortcut)).isTrue();
        INDArray images = Nd4j.rand(DataType.FLOAT, 16, 1, 28, 28);
        INDArray labels = Nd4j.eye(10).getRows(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5).castTo(DataType.FLOAT);

        INDArray expected = gradient(full, images, labels);
        INDArray actual = gradient(shortcut, images, labels);

        double scale = expected.amaxNumber().doubleValue();
        assertThat(scale).isGreaterThan(0);
        assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThan(1e-4 * scale);
    }

    @Test
    void aFirstLayerWithoutAOneDnnHelperIsLeftAlone() throws ModelSpecException {
        MultiLayerNetwork dense = build("dense-baseline");
        assertThat(InputLayerConvHelper.installOnFirstLayer(dense)).isFalse();

        MultiLayerNetwork lenet = build("lenet5");
        assertThat(lenet.getLayer(0).getHelper()).isInstanceOf(MKLDNNConvHelper.class);
        InputLayerConvHelper.installOnFirstLayer(lenet);
        assertThat(InputLayerConvHelper.installOnFirstLayer(lenet)).as("installed once").isFalse();
    }

    @Test
    void trainableNetworksGetTheShortcut() throws ModelSpecException {
        TrainableNetwork network = TrainableNetwork.create(ModelZoo.byName("lenet5").orElseThrow().spec(), OptimizerKind.ADAM, 1e-3, 1);
        assertThat(((MultiLayerNetwork) network.model()).getLayer(0).getHelper()).isInstanceOf(InputLayerConvHelper.class);
    }
}
