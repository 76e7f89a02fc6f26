package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.testsupport.RequiresOneDnn;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

@TrainingTest
@RequiresOneDnn
class OneDnnHelpersTest {
    private static MultiLayerNetwork lenet(String disableHelpers) throws ModelSpecException {
        OneDnnHelpers.enable();
        String before = System.getProperty(OneDnnHelpers.DISABLE_PROPERTY);
        System.setProperty(OneDnnHelpers.DISABLE_PROPERTY, disableHelpers);
        try {
            return NetworkFactory.buildSequential(ModelZoo.byName("lenet5").orElseThrow().spec(), 3, new Adam(1e-3));
        } finally {
            if (before == null) {
                System.clearProperty(OneDnnHelpers.DISABLE_PROPERTY);
            } else {
                System.setProperty(OneDnnHelpers.DISABLE_PROPERTY, before);
            }
        }
    }

    @Test
    void lenetsConvolutionsAndPoolsRunOnOneDnnHelpers() throws ModelSpecException {
        MultiLayerNetwork network = lenet("false");

        assertThat(OneDnnHelpers.active()).isTrue();
        // LeNet-5: conv, avg pool, conv, avg pool, dense, dense, dense
        assertThat(network.getLayer(0).getHelper()).isInstanceOf(MKLDNNConvHelper.class);
        assertThat(network.getLayer(1).getHelper()).isInstanceOf(MKLDNNSubsamplingHelper.class);
        assertThat(network.getLayer(2).getHelper()).isInstanceOf(MKLDNNConvHelper.class);
    }

    @Test
    void withTheHelpersDisabledDl4jUsesItsOwnCode() throws ModelSpecException {
        MultiLayerNetwork network = lenet("true");

        assertThat(network.getLayer(0).getHelper()).isNull();
        assertThat(network.getLayer(1).getHelper()).isNull();
    }

    @Test
    void theHelpersComputeWhatDl4jsOwnCodeComputes() throws ModelSpecException {
        MultiLayerNetwork withHelpers = lenet("false");
        MultiLayerNetwork without = lenet("true");
        INDArray images = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 8, 1, 28, 28);
        INDArray labels = Nd4j.eye(10).getRows(0, 1, 2, 3, 4, 5, 6, 7).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);

        assertThat(withHelpers.params()).isEqualTo(without.params());
        INDArray a = withHelpers.output(images, false);
        INDArray b = without.output(images, false);
        assertThat(a.sub(b).amaxNumber().doubleValue()).isLessThan(1e-5);

        withHelpers.fit(images, labels);
        without.fit(images, labels);
        // one Adam step moves every weight by about lr; the two paths must agree far more closely than that
        assertThat(withHelpers.params().sub(without.params()).amaxNumber().doubleValue()).isLessThan(1e-5);
    }
}
