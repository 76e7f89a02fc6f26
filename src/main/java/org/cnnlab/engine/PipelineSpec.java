package org.cnnlab.engine;

import java.util.List;

/**
 * Everything that decides what the sandbox computes, as one immutable value: the colour mode, the
 * filter bank (1 to {@value #MAX_FILTERS} filters), the convolution geometry, the activation and
 * the pooling. One value per edit, so the latest one simply replaces the previous.
 *
 * @param mode          gray, rgb or depthwise; every filter has {@code mode.inputChannels()} kernels
 * @param filters       the filter bank
 * @param paddingMode   valid, same, full or custom
 * @param customPadding padding on every side when {@code paddingMode} is custom
 * @param border        what the padding reads
 * @param stride        convolution stride, 1–4
 * @param dilation      convolution dilation, 1–3
 * @param activation    applied to each convolution map
 * @param pools         which pooled maps to compute
 * @param poolSize      pooling window side, 2–4
 * @param poolStride    pooling stride, 1–4
 */
public record PipelineSpec(ColorMode mode, List<Filter> filters, PaddingMode paddingMode, int customPadding,
        BorderMode border, int stride, int dilation, Activation activation, PoolSelection pools, int poolSize,
        int poolStride) {
    public static final int MAX_FILTERS = 8;
    public static final int MAX_CUSTOM_PADDING = 10;

    public PipelineSpec {
        filters = List.copyOf(filters);
        if (filters.isEmpty() || filters.size() > MAX_FILTERS) {
            throw new IllegalArgumentException("the filter bank holds 1 to " + MAX_FILTERS + " filters, got " + filters.size());
        }
        for (Filter f : filters) {
            if (f.channels() != mode.inputChannels()) {
                throw new IllegalArgumentException(mode.id() + " mode needs " + mode.inputChannels()
                        + " kernel(s) per filter, got " + f.channels());
            }
        }
        if (customPadding < 0 || customPadding > MAX_CUSTOM_PADDING) {
            throw new IllegalArgumentException("custom padding must be between 0 and " + MAX_CUSTOM_PADDING);
        }
        Filter first = filters.get(0);
        new ConvGeometry(paddingMode.resolve(first.kernelHeight(), first.kernelWidth(), dilation, customPadding), border,
                stride, dilation);
        if (pools != PoolSelection.NONE) {
            new Pooling(PoolingType.MAX, poolSize, poolStride);
        }
    }

    /** A gray-mode spec with one kernel, valid padding, ReLU and 2x2 max pooling: the textbook set-up. */
    public static PipelineSpec simple(Kernel kernel) {
        return new PipelineSpec(ColorMode.GRAY, List.of(Filter.of(kernel)), PaddingMode.VALID, 0, BorderMode.ZERO, 1, 1,
                Activation.RELU, PoolSelection.MAX, 2, 2);
    }

    /** The convolution geometry for {@code filter}'s kernel size. */
    public ConvGeometry geometryFor(Filter filter) {
        return new ConvGeometry(paddingMode.resolve(filter.kernelHeight(), filter.kernelWidth(), dilation, customPadding),
                border, stride, dilation);
    }

    public Pooling maxPooling() {
        return new Pooling(PoolingType.MAX, poolSize, poolStride);
    }

    public Pooling averagePooling() {
        return new Pooling(PoolingType.AVERAGE, poolSize, poolStride);
    }

    public PipelineSpec withFilters(List<Filter> newFilters) {
        return new PipelineSpec(mode, newFilters, paddingMode, customPadding, border, stride, dilation, activation, pools,
                poolSize, poolStride);
    }
}
