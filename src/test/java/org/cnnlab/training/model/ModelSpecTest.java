package org.cnnlab.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnnlab.training.model.LayerActivation.RELU;
import static org.cnnlab.training.model.LayerActivation.SOFTMAX;
import static org.cnnlab.training.model.LayerPadding.SAME;
import static org.cnnlab.training.model.LayerPadding.VALID;
import static org.cnnlab.training.model.LayerSpec.conv;
import static org.cnnlab.training.model.LayerSpec.dense;
import static org.cnnlab.training.model.LayerSpec.maxPool;

import java.util.List;
import org.cnnlab.engine.PoolingType;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.dl4j.NetworkFactory;
import org.deeplearning4j.nn.api.Model;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Adam;

@TrainingTest
class ModelSpecTest {
    private static final TensorShape MNIST = TensorShape.image(28, 28, 1);

    private static ModelSpec spec(LayerSpec... layers) throws ModelSpecException {
        return ModelSpec.of("test", MNIST, List.of(layers));
    }

    @Test
    void aKernelLargerThanItsInputIsRefusedAtThatLayerWithTheShapes() {
        assertThatThrownBy(() -> spec(conv(8, 5, VALID), maxPool(2), conv(8, 5, VALID), maxPool(2), conv(8, 5, VALID)))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.layerIndex()).isEqualTo(4))
                .hasMessageStartingWith("Layer 5 (conv 8@5x5 valid relu) cannot take (None, 4, 4, 8)")
                .hasMessageContaining("5x5 kernel is larger than its 4x4 input");
    }

    @Test
    void samePaddingKeepsTheSizeSoTheSameKernelFits() throws Exception {
        ModelSpec fits = spec(conv(8, 5, VALID), maxPool(2), conv(8, 5, VALID), maxPool(2), conv(8, 5, SAME));
        assertThat(fits.output()).isEqualTo(TensorShape.image(4, 4, 8));
    }

    @Test
    void flatteningAFlatInputIsRefusedAsNothingToFlatten() {
        assertThatThrownBy(() -> spec(new LayerSpec.Flatten(), dense(10, RELU), new LayerSpec.Flatten()))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.layerIndex()).isEqualTo(2))
                .hasMessageContaining("Layer 3 (flatten) cannot take (None, 10)")
                .hasMessageContaining("nothing to flatten");
    }

    @Test
    void aDenseLayerOnAnImageAsksForFlatten() {
        assertThatThrownBy(() -> spec(conv(4, 3, VALID), dense(10, SOFTMAX)))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.layerIndex()).isEqualTo(1))
                .hasMessageContaining("(None, 26, 26, 4)")
                .hasMessageContaining("add Flatten or global average pooling");
    }

    @Test
    void aConvolutionAfterFlattenIsRefused() {
        assertThatThrownBy(() -> spec(new LayerSpec.Flatten(), conv(4, 3, VALID)))
                .isInstanceOf(ModelSpecException.class)
                .hasMessageContaining("Layer 2")
                .hasMessageContaining("needs an image input");
    }

    @Test
    void aPoolWindowLargerThanItsInputIsRefused() {
        assertThatThrownBy(() -> spec(maxPool(4), maxPool(4), maxPool(4)))
                .isInstanceOf(ModelSpecException.class)
                .hasMessageContaining("Layer 3 (max pool 4x4) cannot take (None, 1, 1, 1)");
    }

    @Test
    void aSkipBetweenDifferentShapesIsRefused() {
        assertThatThrownBy(() -> spec(conv(8, 3, VALID), conv(8, 3, VALID), conv(8, 3, SAME), new LayerSpec.Add(0)))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.layerIndex()).isEqualTo(3))
                .hasMessageContaining("(None, 26, 26, 8) of layer 1")
                .hasMessageContaining("cannot be added");
    }

    @Test
    void layersGetKerasStyleNamesNumberedPerType() throws Exception {
        ModelSpec model = spec(conv(4, 3, VALID), conv(4, 3, VALID), maxPool(2), new LayerSpec.Flatten(), dense(10, RELU),
                dense(10, SOFTMAX));
        assertThat(model.shapedLayers()).extracting(ShapedLayer::name)
                .containsExactly("conv2d", "conv2d_1", "max_pooling2d", "flatten", "dense", "dense_1");
    }

    @Test
    void strideAndPoolOutputSizesFollowTheFloorFormula() throws Exception {
        ModelSpec model = spec(new LayerSpec.Conv(3, 3, 2, VALID, RELU), new LayerSpec.Pool(PoolingType.AVERAGE, 3, 2),
                new LayerSpec.Conv(3, 3, 2, SAME, RELU), new LayerSpec.GlobalAveragePool());
        assertThat(model.shapedLayers()).extracting(layer -> layer.output().text())
                .containsExactly("(None, 13, 13, 3)", "(None, 6, 6, 3)", "(None, 3, 3, 3)", "(None, 3)");
    }

    @Test
    void batchNormAfterFlattenNormalisesEachValueInOurCountAndInDl4j() throws Exception {
        ModelSpec model = spec(conv(2, 3, VALID), new LayerSpec.Flatten(), new LayerSpec.BatchNorm(), dense(10, SOFTMAX));
        long features = 26 * 26 * 2;
        assertThat(model.params()).isEqualTo(new ParamCount(20 + 2 * features + (features + 1) * 10, 2 * features));

        Model network = NetworkFactory.build(model, 3, new Adam());
        assertThat(NetworkFactory.paramCount(network)).isEqualTo(model.params());
    }

    @Test
    void theNetworkBuilderRefusesAModelThatDoesNotEndInSoftmax() throws Exception {
        ModelSpec model = spec(new LayerSpec.Flatten(), dense(10, RELU));
        assertThatThrownBy(() -> NetworkFactory.build(model, 1, new Adam()))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.layerIndex()).isEqualTo(1))
                .hasMessageContaining("the last layer must be a dense layer with softmax");
    }

    @Test
    void theForwardPassCostIsCountedByHandForLenetAndTheConvnet() {
        // conv 24·24·6·25 + conv 8·8·16·(25·6) + dense 256·120 + 120·82 + 82·10
        assertThat(ModelZoo.byName("lenet5").orElseThrow().spec().multiplyAddsPerImage())
                .isEqualTo(86_400 + 153_600 + 30_720 + 9_840 + 820);
        // conv 26·26·32·9 + conv 11·11·64·(9·32) + conv 3·3·64·(9·64) + dense 576·64 + 64·10
        assertThat(ModelZoo.byName("chollet").orElseThrow().spec().multiplyAddsPerImage())
                .isEqualTo(194_688 + 2_230_272 + 331_776 + 36_864 + 640);
    }
}
