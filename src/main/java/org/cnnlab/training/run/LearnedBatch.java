package org.cnnlab.training.run;

import java.util.Map;
import org.cnnlab.training.dl4j.TrainableNetwork;

/**
 * The mini-batch a weight update has just learned from, as a {@link TrainingObserver} may
 * question it during {@link TrainingObserver#onBatch(BatchReport, LearnedBatch)}, and only then.
 * Each answer costs a pass over the batch with the updated weights, so observers ask only when
 * they will show the answer.
 */
public interface LearnedBatch {
    /** The share of the batch's images the updated network classifies correctly, inference mode (0–1). */
    double accuracy();

    /**
     * The gradient of the updated network's mean loss on this batch for each weighted layer's
     * weights, by spec layer index (see {@link TrainableNetwork#weightGradients}).
     */
    Map<Integer, float[]> weightGradients();
}
