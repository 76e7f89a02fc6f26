package org.cnnlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.cnnlab.testsupport.TrainingTest;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

@TrainingTest
class TrainableNetworkTest {
    private static DatasetSubset firstImages;

    @BeforeAll
    static void loadMnist() throws DatasetException {
        firstImages = DatasetSubset.all(DatasetLibrary.bundled().load(DatasetId.MNIST, DatasetSplit.TRAIN)).limit(32);
    }

    private static TrainableNetwork denseBaseline() throws ModelSpecException {
        return TrainableNetwork.create(ModelZoo.byName("dense-baseline").orElseThrow().spec(), OptimizerKind.ADAM, 1e-3, 7);
    }

    private static DataSet batch() {
        return new MiniBatches(firstImages, firstImages.size()).batch(0);
    }

    @Test
    void onlyConvolutionsAndDenseLayersHaveWeightsBiasesExcluded() throws ModelSpecException {
        TrainableNetwork lenet = TrainableNetwork.create(ModelZoo.byName("lenet5").orElseThrow().spec(), OptimizerKind.ADAM, 1e-3, 7);

        assertThat(lenet.hasWeights(0)).isTrue();
        assertThat(lenet.hasWeights(1)).isFalse();
        assertThat(lenet.weights(0).length).isEqualTo(6 * 1 * 5 * 5);
        assertThat(lenet.weights(2).length).isEqualTo(16 * 6 * 5 * 5);
        assertThat(lenet.weights(5).length).isEqualTo(16 * 4 * 4 * 120);
        assertThatThrownBy(() -> lenet.weights(4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weights");
    }

    @Test
    void weightGradientMatchesACentralDifferenceOfTheLoss() throws ModelSpecException {
        TrainableNetwork network = denseBaseline();
        DataSet batch = batch();
        INDArray paramsBefore = network.params().dup();

        Map<Integer, float[]> gradients = network.weightGradients(batch);

        assertThat(gradients.keySet()).containsExactly(1, 2);
        assertThat(gradients.get(1).length).isEqualTo(784 * 100);
        assertThat(network.params()).isEqualTo(paramsBefore);
        float[] outputGradient = gradients.get(2);
        int k = 0;
        for (int i = 1; i < outputGradient.length; i++) {
            if (Math.abs(outputGradient[i]) > Math.abs(outputGradient[k])) {
                k = i;
            }
        }
        // the output layer's weights are [100 inputs, 10 units]; copies are row by row
        INDArray weights = network.model().getParam("1_W");
        int row = k / 10;
        int column = k % 10;
        double original = weights.getDouble(row, column);
        double eps = 1e-2;
        weights.putScalar(row, column, original + eps);
        double lossUp = Evaluation.of(network, batch).meanLoss();
        weights.putScalar(row, column, original - eps);
        double lossDown = Evaluation.of(network, batch).meanLoss();
        weights.putScalar(row, column, original);

        double centralDifference = (lossUp - lossDown) / (2 * eps);
        assertThat(Math.abs(outputGradient[k])).isGreaterThan(0.01f);
        assertThat(outputGradient[k]).isCloseTo((float) centralDifference, within((float) Math.abs(centralDifference) * 0.03f));
    }

    @Test
    void aGraphWithBatchNormGivesGradientsForItsConvolutionsAndDenseLayerWithoutChangingParameters() throws ModelSpecException {
        TrainableNetwork resnet = TrainableNetwork.create(ModelZoo.byName("simple-resnet").orElseThrow().spec(), OptimizerKind.ADAM,
                1e-3, 7);
        DataSet batch = new MiniBatches(firstImages.limit(8), 8).batch(0);
        resnet.fit(batch);
        INDArray paramsBefore = resnet.params().dup();

        Map<Integer, float[]> gradients = resnet.weightGradients(batch);

        // conv 3x3x1x64, batch norm, conv 3x3x64x64, batch norm, add, flatten, dense 26*26*64 -> 10
        assertThat(gradients.keySet()).containsExactly(0, 2, 6);
        assertThat(gradients.get(2).length).isEqualTo(3 * 3 * 64 * 64);
        assertThat(gradients.get(6).length).isEqualTo(26 * 26 * 64 * 10);
        assertThat(resnet.params()).isEqualTo(paramsBefore);
    }

    @Test
    void measuringGradientsBetweenUpdatesKeepsTheOptimiserState() throws ModelSpecException {
        TrainableNetwork network = denseBaseline();
        DataSet batch = batch();
        network.fit(batch);
        INDArray state = network.updaterState();
        INDArray stateBefore = state.dup();

        network.weightGradients(batch);

        assertThat(network.updaterState()).isSameAs(state).isEqualTo(stateBefore);
    }

    @Test
    void aCopyWithAnotherOptimizerPredictsExactlyAsTheOriginal() throws ModelSpecException {
        TrainableNetwork network = denseBaseline();
        DataSet batch = batch();
        network.fit(batch);

        TrainableNetwork copy = network.withOptimizer(OptimizerKind.SGD, 0.05, 7);

        assertThat(copy.predict(batch.getFeatures())).isEqualTo(network.predict(batch.getFeatures()));
        assertThat(copy.params()).isNotSameAs(network.params());
    }

    @Test
    void aBatchIsScoredAsTheSameSamplesScoredOneByOne() throws ModelSpecException {
        TrainableNetwork network = denseBaseline();
        network.fit(batch());

        Evaluation ofBatch = Evaluation.of(network, batch());
        Evaluation ofSamples = Evaluation.of(network, firstImages);

        assertThat(ofBatch.samples()).isEqualTo(32);
        assertThat(ofBatch.correct()).isEqualTo(ofSamples.correct());
        assertThat(ofBatch.meanLoss()).isCloseTo(ofSamples.meanLoss(), within(1e-5));
    }
}
