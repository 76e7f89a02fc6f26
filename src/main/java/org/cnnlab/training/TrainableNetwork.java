package org.cnnlab.training;

import java.util.Objects;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A DL4J network built from a {@link ModelSpec}, with one interface whether DL4J made it a
 * {@link MultiLayerNetwork} or a {@link ComputationGraph}. Not thread-safe: one training thread owns it.
 */
public final class TrainableNetwork {
    private final ModelSpec spec;
    private final Model model;

    private TrainableNetwork(ModelSpec spec, Model model) {
        this.spec = spec;
        this.model = model;
    }

    /** Builds and initialises the network for {@code spec} with {@code optimizer} at {@code learningRate}. */
    public static TrainableNetwork create(ModelSpec spec, OptimizerKind optimizer, double learningRate, long seed)
            throws ModelSpecException {
        return new TrainableNetwork(spec, NetworkFactory.build(spec, seed, optimizer.updater(learningRate)));
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The DL4J model, for saving and for the activation views. */
    public Model model() {
        return model;
    }

    /** One weight update on {@code batch} (features NCHW, one-hot labels). */
    public void fit(DataSet batch) {
        if (model instanceof MultiLayerNetwork network) {
            network.fit(batch);
        } else {
            ((ComputationGraph) model).fit(batch);
        }
    }

    /** The loss of the last {@link #fit} (mean cross-entropy over the batch). */
    public double lastLoss() {
        return model.score();
    }

    /** Class probabilities for {@code features} (NCHW), inference mode (no dropout, batch-norm statistics). */
    public INDArray predict(INDArray features) {
        Objects.requireNonNull(features);
        if (model instanceof MultiLayerNetwork network) {
            return network.output(features, false);
        }
        return ((ComputationGraph) model).outputSingle(false, features);
    }

    /** All parameters as one flat view (writing to it changes the network). */
    public INDArray params() {
        return model.params();
    }

    /** The optimiser's state (momenta, running averages) as one flat view; null before the first update. */
    public INDArray updaterState() {
        if (model instanceof MultiLayerNetwork network) {
            return network.getUpdater() == null ? null : network.getUpdater().getStateViewArray();
        }
        ComputationGraph graph = (ComputationGraph) model;
        return graph.getUpdater() == null ? null : graph.getUpdater().getStateViewArray();
    }

    public long numParams() {
        return model.numParams();
    }
}
