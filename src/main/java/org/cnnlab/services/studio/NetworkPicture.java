package org.cnnlab.services.studio;

import java.util.List;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerOutput;

/**
 * What the network does with one test image right now: every layer's output, the class
 * probabilities, the first convolution's kernels and the weight and gradient histograms.
 *
 * @param probeIndex    the test image's index
 * @param probeLabel    its true class
 * @param probeImage    its pixels 0–1, row by row
 * @param layers        each layer's output, in model order
 * @param probabilities the softmax output
 * @param firstFilters  the first convolution's kernels, null for a model without one
 * @param histograms    one entry per layer with weights
 */
public record NetworkPicture(int probeIndex, int probeLabel, float[] probeImage, List<LayerOutput> layers,
        float[] probabilities, KernelSnapshot firstFilters, List<LayerHistograms> histograms) {
    public NetworkPicture {
        probeImage = probeImage.clone();
        layers = List.copyOf(layers);
        probabilities = probabilities.clone();
        histograms = List.copyOf(histograms);
    }

    @Override
    public float[] probeImage() {
        return probeImage.clone();
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }
}
