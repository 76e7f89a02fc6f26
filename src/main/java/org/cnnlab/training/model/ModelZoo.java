package org.cnnlab.training.model;

import static org.cnnlab.training.model.LayerActivation.RELU;
import static org.cnnlab.training.model.LayerActivation.SOFTMAX;
import static org.cnnlab.training.model.LayerPadding.SAME;
import static org.cnnlab.training.model.LayerPadding.VALID;
import static org.cnnlab.training.model.LayerSpec.avgPool;
import static org.cnnlab.training.model.LayerSpec.conv;
import static org.cnnlab.training.model.LayerSpec.dense;
import static org.cnnlab.training.model.LayerSpec.maxPool;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference notebooks' models for 28x28 grayscale images and ten classes, with the parameter
 * counts Keras reports for them (the tests hold those reference numbers). Every convolution and hidden dense layer uses ReLU; the last
 * layer is a 10-unit softmax.
 */
public final class ModelZoo {
    /** The input of every zoo model: one 28x28 grayscale image. */
    public static final TensorShape MNIST_INPUT = TensorShape.image(28, 28, 1);

    private static final List<ZooModel> MODELS = List.of(
            model("dense-baseline", "Dense baseline", "a multilayer perceptron: no convolution at all",
                    new LayerSpec.Flatten(), dense(100, RELU), dense(10, SOFTMAX)),
            model("basic-cnn", "Basic CNN", "one convolution straight into a large dense layer",
                    conv(32, 3, VALID), new LayerSpec.Flatten(), dense(128, RELU), dense(10, SOFTMAX)),
            model("lenet5", "LeNet-5", "LeCun et al. 1998, with ReLU and average pooling",
                    conv(6, 5, VALID), avgPool(2), conv(16, 5, VALID), avgPool(2), new LayerSpec.Flatten(),
                    dense(120, RELU), dense(82, RELU), dense(10, SOFTMAX)),
            model("chollet", "Keras-book convnet", "Chollet, Deep Learning with Python, chapter 5",
                    conv(32, 3, VALID), maxPool(2), conv(64, 3, VALID), maxPool(2), conv(64, 3, VALID),
                    new LayerSpec.Flatten(), dense(64, RELU), dense(10, SOFTMAX)),
            model("fashion-cnn", "Fashion CNN", "Géron, Hands-On Machine Learning, chapter 14 (dropout 0.5, Nadam)",
                    conv(64, 7, SAME), maxPool(2), conv(128, 3, SAME), conv(128, 3, SAME), maxPool(2),
                    conv(256, 3, SAME), conv(256, 3, SAME), maxPool(2), new LayerSpec.Flatten(),
                    dense(128, RELU), new LayerSpec.Dropout(0.5), dense(64, RELU), new LayerSpec.Dropout(0.5),
                    dense(10, SOFTMAX)),
            model("fashion-cnn-2block", "Fashion CNN, two blocks", "the Fashion CNN without its third convolution block",
                    conv(64, 7, SAME), maxPool(2), conv(128, 3, SAME), conv(128, 3, SAME), maxPool(2),
                    new LayerSpec.Flatten(), dense(128, RELU), new LayerSpec.Dropout(0.5), dense(64, RELU),
                    new LayerSpec.Dropout(0.5), dense(10, SOFTMAX)),
            model("simple-resnet", "One-skip ResNet", "a residual block: two convolutions with batch norm, added to its input",
                    conv(64, 3, VALID), new LayerSpec.BatchNorm(), conv(64, 3, SAME), new LayerSpec.BatchNorm(),
                    new LayerSpec.Add(1), new LayerSpec.Flatten(), dense(10, SOFTMAX)));

    private ModelZoo() {
    }

    /** All zoo models, simplest first. */
    public static List<ZooModel> all() {
        return MODELS;
    }

    /** The CLI names, in the order of {@link #all()}. */
    public static List<String> names() {
        return MODELS.stream().map(ZooModel::name).collect(Collectors.toList());
    }

    /** The model with this CLI name. */
    public static Optional<ZooModel> byName(String name) {
        return MODELS.stream().filter(model -> model.name().equals(name.strip())).findFirst();
    }

    private static ZooModel model(String name, String title, String source, LayerSpec... layers) {
        try {
            return new ZooModel(name, title, source, ModelSpec.of(name, MNIST_INPUT, List.of(layers)));
        } catch (ModelSpecException e) {
            throw new IllegalStateException("zoo model " + name + " is inconsistent: " + e.getMessage(), e);
        }
    }
}
