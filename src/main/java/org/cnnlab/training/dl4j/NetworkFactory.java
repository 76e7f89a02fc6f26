package org.cnnlab.training.dl4j;

import java.util.List;
import java.util.Map;
import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerPadding;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ParamCount;
import org.cnnlab.training.model.ShapedLayer;
import org.cnnlab.training.model.TensorShape;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Turns a {@link ModelSpec} into an initialised DL4J network: a {@link MultiLayerNetwork} for a
 * plain stack, a {@link ComputationGraph} when the spec has skip connections. Layers map one to
 * one (Flatten becomes DL4J's CNN-to-feed-forward preprocessor, Add an element-wise vertex); the
 * last layer, a dense softmax, becomes the output layer with cross-entropy loss. Convolutions and
 * pools without padding use DL4J's {@code Truncate} mode (Keras {@code valid}); batch norm uses
 * Keras' epsilon 1e-3 and momentum 0.99. ReLU layers start with He initialisation, the others
 * with Xavier (Glorot). Data layout inside DL4J is NCHW. Loading this class switches on DL4J's
 * oneDNN layer helpers ({@link OneDnnHelpers}) and sets ND4J's thread counts ({@link NativeThreads}).
 */
public final class NetworkFactory {
    /** The switch of the forward-pass cache (see {@link #base}); on unless {@code false}. */
    static final String CACHE_FORWARD_PROPERTY = "cnnlab.cacheForwardPass";

    private static final double KERAS_BATCH_NORM_EPSILON = 1e-3;
    private static final double KERAS_BATCH_NORM_MOMENTUM = 0.99;

    static {
        OneDnnHelpers.enable();
        NativeThreads.applyToLoadedLibraries();
    }

    private NetworkFactory() {
    }

    /**
     * Builds and initialises the network for {@code spec}.
     *
     * @param seed    seeds the initial weights (and dropout masks)
     * @param updater the optimiser, e.g. {@code new Adam(1e-3)}
     * @throws ModelSpecException if the spec does not end in a dense softmax layer
     */
    public static Model build(ModelSpec spec, long seed, IUpdater updater) throws ModelSpecException {
        return spec.hasSkipConnections() ? buildGraph(spec, seed, updater) : buildSequential(spec, seed, updater);
    }

    /** Builds a plain stack; refuses a spec with skip connections. */
    public static MultiLayerNetwork buildSequential(ModelSpec spec, long seed, IUpdater updater) throws ModelSpecException {
        if (spec.hasSkipConnections()) {
            throw new ModelSpecException(-1, "The model " + spec.name() + " has a skip connection, so it needs a graph network.");
        }
        requireSoftmaxOutput(spec);
        NeuralNetConfiguration.ListBuilder list = base(seed, updater).list();
        int dl4jIndex = 0;
        TensorShape flattenedFrom = null;
        List<ShapedLayer> layers = spec.shapedLayers();
        for (ShapedLayer layer : layers) {
            if (layer.layer() instanceof LayerSpec.Flatten) {
                flattenedFrom = layer.input();
                continue;
            }
            list.layer(dl4jIndex, toDl4j(layer, layer.index() == layers.size() - 1));
            if (flattenedFrom != null) {
                list.inputPreProcessor(dl4jIndex, flatten(flattenedFrom));
                flattenedFrom = null;
            }
            dl4jIndex++;
        }
        MultiLayerConfiguration configuration = list.setInputType(inputType(spec.input())).build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        return network;
    }

    /** Builds a graph network (works for any spec, with or without skip connections). */
    public static ComputationGraph buildGraph(ModelSpec spec, long seed, IUpdater updater) throws ModelSpecException {
        requireSoftmaxOutput(spec);
        ComputationGraphConfiguration.GraphBuilder graph = base(seed, updater).graphBuilder().addInputs("input");
        List<ShapedLayer> layers = spec.shapedLayers();
        String previous = "input";
        for (ShapedLayer layer : layers) {
            String name = vertexName(layer);
            if (layer.layer() instanceof LayerSpec.Flatten) {
                graph.addVertex(name, new PreprocessorVertex(flatten(layer.input())), previous);
            } else if (layer.layer() instanceof LayerSpec.Add add) {
                String skipped = add.from() < 0 ? "input" : vertexName(layers.get(add.from()));
                graph.addVertex(name, new ElementWiseVertex(ElementWiseVertex.Op.Add), previous, skipped);
            } else {
                graph.addLayer(name, toDl4j(layer, layer.index() == layers.size() - 1), previous);
            }
            previous = name;
        }
        ComputationGraphConfiguration configuration = graph.setOutputs(previous)
                .setInputTypes(inputType(spec.input())).build();
        ComputationGraph network = new ComputationGraph(configuration);
        network.init();
        return network;
    }

    /**
     * Splits a DL4J network's parameters as Keras does: batch norm's global mean and variance
     * (or log standard deviation) are non-trainable, everything else is trainable.
     */
    public static ParamCount paramCount(Model network) {
        long trainable = 0;
        long nonTrainable = 0;
        for (Map.Entry<String, INDArray> entry : network.paramTable().entrySet()) {
            String key = entry.getKey();
            long length = entry.getValue().length();
            if (key.endsWith("_" + BatchNormalizationParamInitializer.GLOBAL_MEAN)
                    || key.endsWith("_" + BatchNormalizationParamInitializer.GLOBAL_VAR)
                    || key.endsWith("_" + BatchNormalizationParamInitializer.GLOBAL_LOG_STD)) {
                nonTrainable += length;
            } else {
                trainable += length;
            }
        }
        return new ParamCount(trainable, nonTrainable);
    }

    /** The graph vertex name of a layer: its Keras-style name, e.g. {@code conv2d_1}. */
    public static String vertexName(ShapedLayer layer) {
        return layer.name();
    }

    /**
     * Every layer keeps its training forward pass for the backward pass ({@link CacheMode#DEVICE}):
     * without it, DL4J's convolution layers compute their forward pass a second time inside
     * backpropagation (a quarter of LeNet-5's oneDNN time per step). {@code -D}{@value #CACHE_FORWARD_PROPERTY}
     * {@code =false} turns the cache off, to compare.
     */
    private static NeuralNetConfiguration.Builder base(long seed, IUpdater updater) {
        return new NeuralNetConfiguration.Builder().seed(seed).updater(updater).dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .cacheMode(forwardCacheMode());
    }

    private static CacheMode forwardCacheMode() {
        return Boolean.parseBoolean(System.getProperty(CACHE_FORWARD_PROPERTY, "true")) ? CacheMode.DEVICE : CacheMode.NONE;
    }

    /** Gives a network restored from a file (perhaps saved without it) the forward-pass cache of {@link #base}. */
    static void cacheForwardPass(Model model) {
        CacheMode mode = forwardCacheMode();
        if (model instanceof MultiLayerNetwork network) {
            network.getLayerWiseConfigurations().setCacheMode(mode);
            network.setCacheMode(mode);
        } else if (model instanceof ComputationGraph graph) {
            graph.getConfiguration().setCacheMode(mode);
            graph.setCacheMode(mode);
        }
    }

    private static void requireSoftmaxOutput(ModelSpec spec) throws ModelSpecException {
        List<ShapedLayer> layers = spec.shapedLayers();
        if (layers.isEmpty()) {
            throw new ModelSpecException(-1, "The model " + spec.name() + " has no layers: add at least a dense softmax output layer.");
        }
        ShapedLayer last = layers.get(layers.size() - 1);
        if (!(last.layer() instanceof LayerSpec.Dense dense) || dense.activation() != LayerActivation.SOFTMAX) {
            throw new ModelSpecException(last.index(), "Layer " + (last.index() + 1) + " (" + last.layer().describe()
                    + ") cannot end a classifier: the last layer must be a dense layer with softmax, one unit per class.");
        }
    }

    private static InputType inputType(TensorShape shape) {
        return shape.isImage() ? InputType.convolutional(shape.height(), shape.width(), shape.channels())
                : InputType.feedForward(shape.channels());
    }

    private static CnnToFeedForwardPreProcessor flatten(TensorShape image) {
        return new CnnToFeedForwardPreProcessor(image.height(), image.width(), image.channels());
    }

    private static Layer toDl4j(ShapedLayer shaped, boolean output) {
        LayerSpec layer = shaped.layer();
        if (layer instanceof LayerSpec.Conv conv) {
            return new ConvolutionLayer.Builder(conv.kernelSize(), conv.kernelSize())
                    .nOut(conv.filters())
                    .stride(conv.stride(), conv.stride())
                    .convolutionMode(conv.padding() == LayerPadding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate)
                    .activation(activation(conv.activation()))
                    .weightInit(weightInit(conv.activation()))
                    .build();
        }
        if (layer instanceof LayerSpec.Pool pool) {
            return new SubsamplingLayer.Builder(pool.kind() == org.cnnlab.engine.PoolingType.MAX ? PoolingType.MAX : PoolingType.AVG)
                    .kernelSize(pool.size(), pool.size())
                    .stride(pool.stride(), pool.stride())
                    .convolutionMode(ConvolutionMode.Truncate)
                    .build();
        }
        if (layer instanceof LayerSpec.GlobalAveragePool) {
            return new GlobalPoolingLayer.Builder(PoolingType.AVG).build();
        }
        if (layer instanceof LayerSpec.Dense dense) {
            if (output) {
                return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(dense.units())
                        .activation(Activation.SOFTMAX)
                        .weightInit(WeightInit.XAVIER)
                        .build();
            }
            return new DenseLayer.Builder().nOut(dense.units())
                    .activation(activation(dense.activation()))
                    .weightInit(weightInit(dense.activation()))
                    .build();
        }
        if (layer instanceof LayerSpec.Dropout dropout) {
            // DL4J takes the probability to KEEP a value; Keras and our spec give the rate to drop it.
            return dropout.rate() == 0 ? new ActivationLayer(Activation.IDENTITY)
                    : new DropoutLayer.Builder(1 - dropout.rate()).build();
        }
        if (layer instanceof LayerSpec.BatchNorm) {
            return new BatchNormalization.Builder().eps(KERAS_BATCH_NORM_EPSILON).decay(KERAS_BATCH_NORM_MOMENTUM).build();
        }
        throw new IllegalArgumentException("no DL4J layer for " + layer.describe());
    }

    private static Activation activation(LayerActivation activation) {
        return switch (activation) {
            case RELU -> Activation.RELU;
            case SOFTMAX -> Activation.SOFTMAX;
            case SIGMOID -> Activation.SIGMOID;
            case TANH -> Activation.TANH;
            case LINEAR -> Activation.IDENTITY;
        };
    }

    private static WeightInit weightInit(LayerActivation activation) {
        return activation == LayerActivation.RELU ? WeightInit.RELU : WeightInit.XAVIER;
    }
}
