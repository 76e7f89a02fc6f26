package org.cnnlab.training.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ShapedLayer;
import org.cnnlab.training.model.TensorShape;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J network built from a {@link ModelSpec}, with one interface whether DL4J made it a
 * {@link MultiLayerNetwork} or a {@link ComputationGraph}. Not thread-safe: one training thread owns it.
 */
public final class TrainableNetwork {
    private final ModelSpec spec;
    private final Model model;
    private final long multiplyAddsPerImage;

    private TrainableNetwork(ModelSpec spec, Model model) {
        this.spec = spec;
        this.model = model;
        this.multiplyAddsPerImage = spec.multiplyAddsPerImage();
        if (model instanceof MultiLayerNetwork network) {
            InputLayerConvHelper.installOnFirstLayer(network);
        }
    }

    /** Builds and initialises the network for {@code spec} with {@code optimizer} at {@code learningRate}. */
    public static TrainableNetwork create(ModelSpec spec, OptimizerKind optimizer, double learningRate, long seed)
            throws ModelSpecException {
        return new TrainableNetwork(spec, NetworkFactory.build(spec, seed, Updaters.of(optimizer, learningRate)));
    }

    /**
     * A network for the same spec holding a copy of these parameters, with {@code optimizer} at
     * {@code learningRate} and fresh optimiser state: how training continues with other settings.
     */
    public TrainableNetwork withOptimizer(OptimizerKind optimizer, double learningRate, long seed) throws ModelSpecException {
        TrainableNetwork copy = create(spec, optimizer, learningRate, seed);
        copy.params().assign(params());
        return copy;
    }

    /** Wraps a DL4J network restored from a file; its parameters must already match {@code spec}. */
    static TrainableNetwork wrap(ModelSpec spec, Model model) {
        NetworkFactory.cacheForwardPass(model);
        return new TrainableNetwork(spec, model);
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
        NativeThreads.forBatch(multiplyAddsPerImage * batch.numExamples());
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
        if (features.size(0) == 1) {
            NativeThreads.forSingleImages();
        } else {
            NativeThreads.forBatch(multiplyAddsPerImage * features.size(0));
        }
        if (model instanceof MultiLayerNetwork network) {
            return network.output(features, false);
        }
        return ((ComputationGraph) model).outputSingle(false, features);
    }

    /**
     * Class probabilities for one image, inference mode.
     *
     * @param image the pixels scaled to 0–1, row by row (channels one after the other)
     * @throws IllegalArgumentException if the image does not have the model's input size
     */
    public float[] probabilities(float[] image) {
        return predict(oneImage(image)).toFloatVector();
    }

    /** {@code image} as a batch of one in the spec's input shape (a copy). */
    private INDArray oneImage(float[] image) {
        TensorShape input = spec.input();
        if (image.length != input.elementCount()) {
            throw new IllegalArgumentException("The model takes " + input.elementCount() + " values "
                    + input.text() + ", not " + image.length + ".");
        }
        long[] inputShape = input.isImage() ? new long[] {1, input.channels(), input.height(), input.width()}
                : new long[] {1, input.channels()};
        return Nd4j.create(image.clone(), inputShape, 'c');
    }

    /** Sets the optimiser's learning rate for the next updates, keeping its state (momenta, running averages). */
    public void setLearningRate(double learningRate) {
        if (model instanceof MultiLayerNetwork network) {
            network.setLearningRate(learningRate);
        } else {
            ((ComputationGraph) model).setLearningRate(learningRate);
        }
    }

    /** The learning rate the next update uses (that of the first layer with weights). */
    public double learningRate() {
        if (model instanceof MultiLayerNetwork network) {
            for (int i = 0; i < network.getnLayers(); i++) {
                Double rate = network.getLearningRate(i);
                if (rate != null) {
                    return rate;
                }
            }
        } else {
            ComputationGraph graph = (ComputationGraph) model;
            for (org.deeplearning4j.nn.api.Layer layer : graph.getLayers()) {
                Double rate = graph.getLearningRate(layer.conf().getLayer().getLayerName());
                if (rate != null) {
                    return rate;
                }
            }
        }
        throw new IllegalStateException("the network has no layer with weights");
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

    /**
     * Every layer's output for one image (inference mode), in the order of the spec's layers.
     *
     * @param image the pixels scaled to 0–1, row by row (channels one after the other)
     * @throws IllegalArgumentException if the image does not have the model's input size
     * @throws IllegalStateException if DL4J produced a shape other than the spec's (a defect)
     */
    public List<LayerOutput> activations(float[] image) {
        INDArray features = oneImage(image);
        NativeThreads.forSingleImages();
        List<ShapedLayer> layers = spec.shapedLayers();
        List<LayerOutput> outputs = new ArrayList<>(layers.size());
        if (model instanceof MultiLayerNetwork network) {
            List<INDArray> dl4jOutputs = network.feedForward(features, false);
            int dl4jIndex = 0;
            for (ShapedLayer layer : layers) {
                if (layer.layer() instanceof LayerSpec.Flatten) {
                    outputs.add(snapshot(layer, outputs.isEmpty() ? image : outputs.get(outputs.size() - 1).values()));
                } else {
                    outputs.add(snapshot(layer, dl4jOutputs.get(++dl4jIndex)));
                }
            }
        } else {
            Map<String, INDArray> dl4jOutputs = ((ComputationGraph) model).feedForward(new INDArray[] {features}, false);
            for (ShapedLayer layer : layers) {
                outputs.add(snapshot(layer, dl4jOutputs.get(NetworkFactory.vertexName(layer))));
            }
        }
        return List.copyOf(outputs);
    }

    private static LayerOutput snapshot(ShapedLayer layer, INDArray activation) {
        TensorShape shape = layer.output();
        long[] expected = shape.isImage() ? new long[] {1, shape.channels(), shape.height(), shape.width()}
                : new long[] {1, shape.channels()};
        if (!Arrays.equals(activation.shape(), expected)) {
            throw new IllegalStateException("DL4J's " + layer.name() + " produced " + Arrays.toString(activation.shape())
                    + " where the model spec expects " + shape.text());
        }
        return new LayerOutput(layer.name(), layer.layer(), shape, activation.dup('c').data().asFloat());
    }

    private static LayerOutput snapshot(ShapedLayer layer, float[] previousValues) {
        return new LayerOutput(layer.name(), layer.layer(), layer.output(), previousValues.clone());
    }

    /**
     * A copy of the kernels of the convolution at spec layer {@code layerIndex}.
     *
     * @throws IllegalArgumentException if that layer is not a convolution
     */
    public KernelSnapshot kernels(int layerIndex) {
        ShapedLayer shaped = spec.shapedLayers().get(layerIndex);
        if (!(shaped.layer() instanceof LayerSpec.Conv conv)) {
            throw new IllegalArgumentException("Layer " + (layerIndex + 1) + " (" + shaped.layer().describe() + ") has no kernels.");
        }
        String prefix = dl4jParamPrefix(layerIndex);
        INDArray weights = model.getParam(prefix + "W");
        INDArray biases = model.getParam(prefix + "b");
        return new KernelSnapshot(shaped.name(), conv.filters(), shaped.input().channels(), conv.kernelSize(),
                weights.dup('c').data().asFloat(), biases.dup('c').data().asFloat());
    }

    /** Whether spec layer {@code layerIndex} has weights: kernels (a convolution) or a weight matrix (a dense layer). */
    public boolean hasWeights(int layerIndex) {
        LayerSpec layer = spec.layers().get(layerIndex);
        return layer instanceof LayerSpec.Conv || layer instanceof LayerSpec.Dense;
    }

    /**
     * A copy of the weights of spec layer {@code layerIndex}, biases excluded.
     *
     * @throws IllegalArgumentException if that layer has no weights
     */
    public float[] weights(int layerIndex) {
        return model.getParam(weightKey(layerIndex)).dup('c').data().asFloat();
    }

    /**
     * The gradient of the loss on {@code batch} (features NCHW, one-hot labels) for the weights of
     * every layer that has them, keyed by spec layer index in model order: one forward and backward
     * pass in training mode, the gradient of the batch's mean loss. Neither the parameters nor the
     * optimiser state change (DL4J's {@code clear()} would drop the optimiser, so the batch stays
     * referenced until the next update); {@link #lastLoss} afterwards is this batch's loss.
     */
    public Map<Integer, float[]> weightGradients(DataSet batch) {
        Gradient gradient;
        if (model instanceof MultiLayerNetwork network) {
            network.setInput(batch.getFeatures());
            network.setLabels(batch.getLabels());
            network.computeGradientAndScore();
            gradient = network.gradient();
        } else {
            ComputationGraph graph = (ComputationGraph) model;
            graph.setInputs(batch.getFeatures());
            graph.setLabels(batch.getLabels());
            graph.computeGradientAndScore();
            gradient = graph.gradient();
        }
        // DL4J's backward pass sums over the batch; its updater divides by the batch size later
        float batchSize = batch.numExamples();
        Map<Integer, float[]> gradients = new LinkedHashMap<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            if (hasWeights(i)) {
                float[] values = gradient.getGradientFor(weightKey(i)).dup('c').data().asFloat();
                for (int j = 0; j < values.length; j++) {
                    values[j] /= batchSize;
                }
                gradients.put(i, values);
            }
        }
        return gradients;
    }

    private String weightKey(int layerIndex) {
        if (!hasWeights(layerIndex)) {
            throw new IllegalArgumentException("Layer " + (layerIndex + 1) + " (" + spec.layers().get(layerIndex).describe()
                    + ") has no weights.");
        }
        return dl4jParamPrefix(layerIndex) + "W";
    }

    /** DL4J's parameter-key prefix of a spec layer: {@code "<layer number>_"} in a stack, {@code "<name>_"} in a graph. */
    private String dl4jParamPrefix(int layerIndex) {
        if (model instanceof MultiLayerNetwork) {
            int dl4jIndex = 0;
            for (int i = 0; i < layerIndex; i++) {
                if (!(spec.layers().get(i) instanceof LayerSpec.Flatten)) {
                    dl4jIndex++;
                }
            }
            return dl4jIndex + "_";
        }
        return spec.shapedLayers().get(layerIndex).name() + "_";
    }

    public long numParams() {
        return model.numParams();
    }
}
