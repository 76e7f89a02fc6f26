package org.cnnlab.ui.studio.builder;

import java.util.function.Supplier;
import org.cnnlab.engine.PoolingType;
import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerPadding;
import org.cnnlab.training.model.LayerSpec;

/**
 * The layers a student can add in the model builder: a name, a one-sentence explanation for the
 * tooltip and the settings a new layer of that kind starts with.
 */
public enum LayerKind {
    CONV("Convolution", "Slides small learned kernels over the image; each filter makes one feature map.",
            () -> new LayerSpec.Conv(32, 3, 1, LayerPadding.VALID, LayerActivation.RELU)),
    MAX_POOL("Max pooling", "Keeps the strongest response in each window: halves the image with a 2x2 window.",
            () -> new LayerSpec.Pool(PoolingType.MAX, 2, 2)),
    AVERAGE_POOL("Average pooling", "Keeps the mean of each window: halves the image with a 2x2 window.",
            () -> new LayerSpec.Pool(PoolingType.AVERAGE, 2, 2)),
    GLOBAL_AVERAGE_POOL("Global average pooling", "Replaces each feature map by its mean: one number per map, no parameters.",
            LayerSpec.GlobalAveragePool::new),
    FLATTEN("Flatten", "Lays the feature maps out as one long vector so dense layers can read them.",
            LayerSpec.Flatten::new),
    DENSE("Dense", "Every unit is a weighted sum of all inputs plus a bias: the classifier part of a network.",
            () -> new LayerSpec.Dense(64, LayerActivation.RELU)),
    DROPOUT("Dropout", "While training, switches off a random share of the values so the network cannot rely on any one.",
            () -> new LayerSpec.Dropout(0.5)),
    BATCH_NORM("Batch normalisation", "Rescales each channel to mean 0 and spread 1 over the batch, then learns a scale and shift.",
            LayerSpec.BatchNorm::new);

    private final String title;
    private final String explanation;
    private final Supplier<LayerSpec> starter;

    LayerKind(String title, String explanation, Supplier<LayerSpec> starter) {
        this.title = title;
        this.explanation = explanation;
        this.starter = starter;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** A new layer of this kind with typical settings. */
    public LayerSpec newLayer() {
        return starter.get();
    }
}
