package org.cnnlab.engine;

import java.util.List;

/**
 * One filter of a convolutional layer: a kernel per input channel plus a bias, producing one
 * output map, {@code out(y,x) = b + Σ_c Σ_i Σ_j k_c(i,j) · in_c(y·s + i·d - p_top, x·s + j·d - p_left)}.
 * A gray image uses one kernel; an RGB image three, summed into one map as a real conv layer does.
 */
public record Filter(List<Kernel> kernels, float bias) {

    public Filter {
        kernels = List.copyOf(kernels);
        if (kernels.isEmpty()) {
            throw new IllegalArgumentException("a filter needs at least one kernel");
        }
        Kernel first = kernels.get(0);
        for (Kernel k : kernels) {
            if (k.height() != first.height() || k.width() != first.width()) {
                throw new IllegalArgumentException("all kernels of a filter must have one size, got "
                        + first.height() + "x" + first.width() + " and " + k.height() + "x" + k.width());
            }
        }
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias must be a finite number, got " + bias);
        }
    }

    /** A single-channel filter without bias. */
    public static Filter of(Kernel kernel) {
        return new Filter(List.of(kernel), 0f);
    }

    /** The same kernel on each of {@code channels} channels, without bias. */
    public static Filter replicated(Kernel kernel, int channels) {
        return new Filter(java.util.Collections.nCopies(channels, kernel), 0f);
    }

    public int channels() {
        return kernels.size();
    }

    public int kernelHeight() {
        return kernels.get(0).height();
    }

    public int kernelWidth() {
        return kernels.get(0).width();
    }

    public Kernel kernel(int channel) {
        return kernels.get(channel);
    }
}
