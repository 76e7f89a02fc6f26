package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

@TrainingTest
class NetworkFactoryTest {
    private static Model build(String model, boolean cacheForwardPass) throws ModelSpecException {
        String before = System.getProperty(NetworkFactory.CACHE_FORWARD_PROPERTY);
        System.setProperty(NetworkFactory.CACHE_FORWARD_PROPERTY, String.valueOf(cacheForwardPass));
        try {
            return NetworkFactory.build(ModelZoo.byName(model).orElseThrow().spec(), 5, new Sgd(0.1));
        } finally {
            if (before == null) {
                System.clearProperty(NetworkFactory.CACHE_FORWARD_PROPERTY);
            } else {
                System.setProperty(NetworkFactory.CACHE_FORWARD_PROPERTY, before);
            }
        }
    }

    private static INDArray gradient(Model model, INDArray images, INDArray labels) {
        Nd4j.getRandom().setSeed(11);
        if (model instanceof MultiLayerNetwork network) {
            network.setInput(images);
            network.setLabels(labels);
            network.computeGradientAndScore();
        } else {
            ComputationGraph graph = (ComputationGraph) model;
            graph.setInputs(images);
            graph.setLabels(labels);
            graph.computeGradientAndScore();
        }
        return model.gradient().gradient().dup();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "fashion-cnn-2block", "simple-resnet"})
    void cachingTheForwardPassForBackpropagationLeavesEveryGradientAsItWas(String model) throws ModelSpecException {
        Model cached = build(model, true);
        Model recomputed = build(model, false);
        assertThat(cached.conf().getCacheMode()).isEqualTo(CacheMode.DEVICE);
        assertThat(recomputed.conf().getCacheMode()).isEqualTo(CacheMode.NONE);
        INDArray images = Nd4j.rand(DataType.FLOAT, 8, 1, 28, 28);
        INDArray labels = Nd4j.eye(10).getRows(0, 1, 2, 3, 4, 5, 6, 7).castTo(DataType.FLOAT);

        INDArray expected = gradient(recomputed, images, labels);
        INDArray actual = gradient(cached, images, labels);

        assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThan(1e-5 * expected.amaxNumber().doubleValue());
    }

    /** Where ND4J has no oneDNN build (macOS on Apple silicon), DL4J's own layers cache their forward pass too. */
    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "chollet"})
    void withoutTheOneDnnHelpersTheCacheLeavesEveryGradientAsItWasToo(String model) throws ModelSpecException {
        String before = System.getProperty(OneDnnHelpers.DISABLE_PROPERTY);
        System.setProperty(OneDnnHelpers.DISABLE_PROPERTY, "true");
        try {
            Model cached = build(model, true);
            Model recomputed = build(model, false);
            assertThat(((MultiLayerNetwork) cached).getLayer(0).getHelper()).isNull();
            INDArray images = Nd4j.rand(DataType.FLOAT, 8, 1, 28, 28);
            INDArray labels = Nd4j.eye(10).getRows(0, 1, 2, 3, 4, 5, 6, 7).castTo(DataType.FLOAT);

            INDArray expected = gradient(recomputed, images, labels);
            INDArray actual = gradient(cached, images, labels);

            assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThan(1e-5 * expected.amaxNumber().doubleValue());
        } finally {
            if (before == null) {
                System.clearProperty(OneDnnHelpers.DISABLE_PROPERTY);
            } else {
                System.setProperty(OneDnnHelpers.DISABLE_PROPERTY, before);
            }
        }
    }
}
