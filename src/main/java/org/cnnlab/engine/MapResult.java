package org.cnnlab.engine;

/**
 * One feature map traced through the sandbox's stages: convolution, activation and the pooled
 * maps, with their statistics and the global average of the activated map. Pooled maps are
 * {@code null} when not requested or when the pool does not fit the map.
 *
 * <p>Global average pooling collapses the activated map to one number, its mean
 * {@code g = (1 / HW) Σ_y Σ_x a(y, x)}; networks use it instead of flattening before the classifier.
 *
 * @param inputChannel  the input channel this map came from in depthwise mode, else -1 (all channels summed)
 * @param globalAverage the global average pooling of the activated map
 */
public record MapResult(int inputChannel, FloatPlanes conv, FloatPlanes activated, FloatPlanes maxPooled,
        FloatPlanes averagePooled, MapStats convStats, MapStats activatedStats, float globalAverage) {
}
