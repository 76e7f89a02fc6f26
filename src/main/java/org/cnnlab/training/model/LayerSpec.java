package org.cnnlab.training.model;

import java.util.Locale;
import java.util.Optional;
import org.cnnlab.engine.PoolingType;

/**
 * One layer of a {@link ModelSpec}: what it computes, how it changes the shape of a sample and
 * how many parameters it has. Shapes are channels-last as in Keras; sizes follow
 * {@code floor((n + 2p - k) / s) + 1}.
 */
public sealed interface LayerSpec permits LayerSpec.Conv, LayerSpec.Pool, LayerSpec.GlobalAveragePool,
        LayerSpec.Dense, LayerSpec.Dropout, LayerSpec.BatchNorm, LayerSpec.Flatten, LayerSpec.Add {

    /** The Keras class name, e.g. {@code Conv2D}. */
    String kerasType();

    /** The Keras default name stem, e.g. {@code conv2d} (Keras appends {@code _1}, {@code _2}, …). */
    String kerasName();

    /** A short description for people, e.g. {@code conv 32@3x3 valid relu}. */
    String describe();

    /** Why this layer cannot take {@code input}, or empty when it can. */
    Optional<String> problemWith(TensorShape input);

    /** The output shape for {@code input}; only valid when {@link #problemWith} is empty. */
    TensorShape outputShape(TensorShape input);

    /** The parameters for {@code input}; only valid when {@link #problemWith} is empty. */
    ParamCount params(TensorShape input);

    static Conv conv(int filters, int kernelSize, LayerPadding padding) {
        return new Conv(filters, kernelSize, 1, padding, LayerActivation.RELU);
    }

    static Pool maxPool(int size) {
        return new Pool(PoolingType.MAX, size, size);
    }

    static Pool avgPool(int size) {
        return new Pool(PoolingType.AVERAGE, size, size);
    }

    static Dense dense(int units, LayerActivation activation) {
        return new Dense(units, activation);
    }

    /**
     * 2-D convolution: {@code filters} kernels of {@code kernelSize x kernelSize x inputChannels}
     * plus one bias each, so {@code (k * k * c_in + 1) * filters} parameters.
     */
    record Conv(int filters, int kernelSize, int stride, LayerPadding padding, LayerActivation activation) implements LayerSpec {
        @Override
        public String kerasType() {
            return "Conv2D";
        }

        @Override
        public String kerasName() {
            return "conv2d";
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "conv %d@%dx%d%s %s %s", filters, kernelSize, kernelSize,
                    stride == 1 ? "" : " stride " + stride, padding.id(), activation.id());
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            if (filters < 1 || kernelSize < 1 || stride < 1) {
                return Optional.of("a convolution needs at least 1 filter, a kernel of at least 1x1 and a stride of at least 1");
            }
            if (!input.isImage()) {
                return Optional.of("a convolution needs an image input, but gets the flat " + input.text()
                        + ": put convolutions before Flatten");
            }
            if (padding == LayerPadding.VALID && (kernelSize > input.height() || kernelSize > input.width())) {
                return Optional.of("its " + kernelSize + "x" + kernelSize + " kernel is larger than its "
                        + input.height() + "x" + input.width() + " input: use a smaller kernel, 'same' padding"
                        + " or less pooling before it");
            }
            return Optional.empty();
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return TensorShape.image(outputSize(input.height()), outputSize(input.width()), filters);
        }

        private int outputSize(int n) {
            return padding == LayerPadding.SAME ? (n + stride - 1) / stride : (n - kernelSize) / stride + 1;
        }

        @Override
        public ParamCount params(TensorShape input) {
            return new ParamCount(((long) kernelSize * kernelSize * input.channels() + 1) * filters, 0);
        }
    }

    /** Max or average pooling over {@code size x size} windows moved by {@code stride}, no padding; no parameters. */
    record Pool(PoolingType kind, int size, int stride) implements LayerSpec {
        @Override
        public String kerasType() {
            return kind == PoolingType.MAX ? "MaxPooling2D" : "AveragePooling2D";
        }

        @Override
        public String kerasName() {
            return kind == PoolingType.MAX ? "max_pooling2d" : "average_pooling2d";
        }

        @Override
        public String describe() {
            return kind.id() + " pool " + size + "x" + size + (stride == size ? "" : " stride " + stride);
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            if (size < 1 || stride < 1) {
                return Optional.of("a pooling window needs a size and a stride of at least 1");
            }
            if (!input.isImage()) {
                return Optional.of("pooling needs an image input, but gets the flat " + input.text());
            }
            if (size > input.height() || size > input.width()) {
                return Optional.of("its " + size + "x" + size + " window is larger than its "
                        + input.height() + "x" + input.width() + " input: remove a pooling layer or pool less");
            }
            return Optional.empty();
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return TensorShape.image((input.height() - size) / stride + 1, (input.width() - size) / stride + 1, input.channels());
        }

        @Override
        public ParamCount params(TensorShape input) {
            return ParamCount.NONE;
        }
    }

    /** The mean of each feature map, turning (h, w, c) into (c); no parameters. */
    record GlobalAveragePool() implements LayerSpec {
        @Override
        public String kerasType() {
            return "GlobalAveragePooling2D";
        }

        @Override
        public String kerasName() {
            return "global_average_pooling2d";
        }

        @Override
        public String describe() {
            return "global average pool";
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            return input.isImage() ? Optional.empty()
                    : Optional.of("global average pooling needs an image input, but gets the flat " + input.text());
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return TensorShape.vector(input.channels());
        }

        @Override
        public ParamCount params(TensorShape input) {
            return ParamCount.NONE;
        }
    }

    /** Fully connected layer: {@code units} weighted sums of all inputs plus a bias, {@code (n_in + 1) * units} parameters. */
    record Dense(int units, LayerActivation activation) implements LayerSpec {
        @Override
        public String kerasType() {
            return "Dense";
        }

        @Override
        public String kerasName() {
            return "dense";
        }

        @Override
        public String describe() {
            return "dense " + units + " " + activation.id();
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            if (units < 1) {
                return Optional.of("a dense layer needs at least 1 unit");
            }
            return input.isImage()
                    ? Optional.of("a dense layer needs a flat input, but gets the image " + input.text()
                            + ": add Flatten or global average pooling before it")
                    : Optional.empty();
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return TensorShape.vector(units);
        }

        @Override
        public ParamCount params(TensorShape input) {
            return new ParamCount((input.elementCount() + 1) * units, 0);
        }
    }

    /**
     * During training, sets each value to 0 with probability {@code rate} and scales the others by
     * {@code 1 / (1 - rate)}; does nothing at inference. No parameters.
     */
    record Dropout(double rate) implements LayerSpec {
        @Override
        public String kerasType() {
            return "Dropout";
        }

        @Override
        public String kerasName() {
            return "dropout";
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "dropout %.2f", rate);
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            return rate >= 0 && rate < 1 ? Optional.empty()
                    : Optional.of(String.format(Locale.ROOT, "a dropout rate must be at least 0 and below 1, not %s", rate));
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return input;
        }

        @Override
        public ParamCount params(TensorShape input) {
            return ParamCount.NONE;
        }
    }

    /**
     * Batch normalisation per channel (or per unit of a flat input):
     * {@code gamma * (x - mean) / sqrt(var + eps) + beta}. Gamma and beta are trainable; the moving
     * mean and variance are not: {@code 2c} trainable plus {@code 2c} non-trainable parameters.
     */
    record BatchNorm() implements LayerSpec {
        @Override
        public String kerasType() {
            return "BatchNormalization";
        }

        @Override
        public String kerasName() {
            return "batch_normalization";
        }

        @Override
        public String describe() {
            return "batch norm";
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            return Optional.empty();
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return input;
        }

        @Override
        public ParamCount params(TensorShape input) {
            long features = input.isImage() ? input.channels() : input.elementCount();
            return new ParamCount(2 * features, 2 * features);
        }
    }

    /** Turns an image (h, w, c) into a vector of h * w * c values; no parameters. */
    record Flatten() implements LayerSpec {
        @Override
        public String kerasType() {
            return "Flatten";
        }

        @Override
        public String kerasName() {
            return "flatten";
        }

        @Override
        public String describe() {
            return "flatten";
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            if (!input.isImage()) {
                return Optional.of("there is nothing to flatten: its input " + input.text() + " is already flat");
            }
            if (input.elementCount() > Integer.MAX_VALUE) {
                return Optional.of("its input " + input.text() + " has too many values to flatten");
            }
            return Optional.empty();
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return TensorShape.vector((int) input.elementCount());
        }

        @Override
        public ParamCount params(TensorShape input) {
            return ParamCount.NONE;
        }
    }

    /**
     * A skip connection: adds the output of layer {@code from} (0-based; -1 for the model input)
     * to the output of the previous layer, element by element. Both must have the same shape, and
     * at least one layer must lie between them.
     */
    record Add(int from) implements LayerSpec {
        @Override
        public String kerasType() {
            return "Add";
        }

        @Override
        public String kerasName() {
            return "add";
        }

        @Override
        public String describe() {
            return from < 0 ? "add the input" : "add layer " + (from + 1);
        }

        @Override
        public Optional<String> problemWith(TensorShape input) {
            return Optional.empty();
        }

        @Override
        public TensorShape outputShape(TensorShape input) {
            return input;
        }

        @Override
        public ParamCount params(TensorShape input) {
            return ParamCount.NONE;
        }
    }
}
