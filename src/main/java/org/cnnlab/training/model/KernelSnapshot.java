package org.cnnlab.training.model;

/**
 * A copy of one convolution layer's learned kernels, for drawing filters. Kernel {@code f} reads
 * input channel {@code c} with weight {@code weights[((f * channels + c) * size + y) * size + x]};
 * its output at (i, j) is {@code bias[f] + sum over c, y, x of weight * input[c][i + y][j + x]}
 * (cross-correlation, no flipping), before the activation.
 *
 * @param layerName the layer's Keras-style name
 * @param filters   number of kernels
 * @param channels  input channels each kernel reads
 * @param size      kernel side
 * @param weights   filters x channels x size x size values
 * @param biases    one bias per filter
 */
public record KernelSnapshot(String layerName, int filters, int channels, int size, float[] weights, float[] biases) {
    public KernelSnapshot {
        if (weights.length != filters * channels * size * size || biases.length != filters) {
            throw new IllegalArgumentException(layerName + ": " + weights.length + " weights and " + biases.length
                    + " biases do not fit " + filters + " kernels of " + channels + "x" + size + "x" + size);
        }
    }

    /** Weight of kernel {@code filter} for {@code channel} at row {@code y}, column {@code x}. */
    public float weight(int filter, int channel, int y, int x) {
        return weights[((filter * channels + channel) * size + y) * size + x];
    }
}
