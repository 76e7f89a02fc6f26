package org.cnnlab.services.studio;

import java.util.List;
import org.cnnlab.training.model.LayerOutput;

/**
 * A drawn digit as the network sees it.
 *
 * @param input         the 28x28 preprocessed image fed to the network, 0–1 row by row (all zeros for an empty pad)
 * @param empty         nothing was drawn: no prediction was made
 * @param probabilities the softmax output (empty when {@code empty})
 * @param layers        every layer's output (empty when {@code empty})
 */
public record DrawingReading(float[] input, boolean empty, float[] probabilities, List<LayerOutput> layers) {
    public DrawingReading {
        input = input.clone();
        probabilities = probabilities.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public float[] input() {
        return input.clone();
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    /** The most probable class, or -1 for an empty pad. */
    public int predictedClass() {
        int best = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (best < 0 || probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }
}
