package org.cnnlab.services.studio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelSpec;

/**
 * Takes a {@link NetworkPicture}: every layer's output for a test image, the softmax output, the
 * first convolution's kernels, and a histogram of each weighted layer's weights beside the
 * latest histogram of their gradients. Copies everything out of the network.
 */
final class NetworkPictures {
    /** Bins of the weight and gradient histograms. */
    static final int HISTOGRAM_BINS = 30;

    private NetworkPictures() {
    }

    /**
     * @param gradients gradient histograms by spec layer index (see {@link #histograms}); empty before training
     */
    static NetworkPicture of(TrainableNetwork network, Dataset testSet, int probeIndex, Map<Integer, Histogram> gradients) {
        ModelSpec spec = network.spec();
        float[] image = testSet.sampleAsFloats(probeIndex);
        List<LayerOutput> layers = network.activations(image);
        KernelSnapshot firstFilters = null;
        List<LayerHistograms> histograms = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            if (firstFilters == null && spec.layers().get(i) instanceof LayerSpec.Conv) {
                firstFilters = network.kernels(i);
            }
            if (network.hasWeights(i)) {
                histograms.add(new LayerHistograms(spec.shapedLayers().get(i).name(),
                        Histogram.of(network.weights(i), HISTOGRAM_BINS), gradients.get(i)));
            }
        }
        return new NetworkPicture(probeIndex, testSet.label(probeIndex), image, layers, layers.get(layers.size() - 1).values(),
                firstFilters, histograms);
    }

    /** Histograms of gradient values by spec layer index, as {@link TrainableNetwork#weightGradients} gives them. */
    static Map<Integer, Histogram> histograms(Map<Integer, float[]> gradients) {
        Map<Integer, Histogram> histograms = new HashMap<>();
        gradients.forEach((layer, values) -> histograms.put(layer, Histogram.of(values, HISTOGRAM_BINS)));
        return Map.copyOf(histograms);
    }
}
