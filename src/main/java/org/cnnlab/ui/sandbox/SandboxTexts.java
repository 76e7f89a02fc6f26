package org.cnnlab.ui.sandbox;

import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.MapStats;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.ui.controls.NumberText;

/**
 * The sandbox's explanations in words: what a filter's weights do to brightness, the output-size
 * formula with the current numbers, and the statistics of each map. Each text describes what is
 * actually computed in the current colour mode: in RGB mode the three kernels are summed into one
 * map, in depthwise mode each channel's kernel makes its own map.
 */
final class SandboxTexts {
    private static final String[] CHANNEL_NAMES = {"R", "G", "B"};

    private SandboxTexts() {
    }

    /** "R", "G" or "B". */
    static String channelName(int channel) {
        return CHANNEL_NAMES[channel];
    }

    /**
     * What {@code filter} does to a flat area. Gray: its one kernel's sum. RGB: the sum over all
     * three kernels (a flat gray area of value v becomes v·sum + bias). Depthwise: each map uses one
     * kernel, so each kernel's own sum; one sentence when they agree, one per map otherwise.
     */
    static String brightness(Filter filter, ColorMode mode) {
        if (mode == ColorMode.DEPTHWISE) {
            double first = filter.kernel(0).sum();
            boolean allAgree = filter.kernels().stream().allMatch(k -> Math.abs(k.sum() - first) < 1e-6);
            if (allAgree) {
                return "each map uses its own channel's kernel; " + OutputSizeFormula.brightnessEffect(first);
            }
            StringBuilder perMap = new StringBuilder();
            for (int c = 0; c < filter.channels(); c++) {
                perMap.append(c == 0 ? "" : "\n").append(channelName(c)).append(" map: ")
                        .append(OutputSizeFormula.brightnessEffect(filter.kernel(c).sum()));
            }
            return perMap.toString();
        }
        double sum = 0;
        for (Kernel k : filter.kernels()) {
            sum += k.sum();
        }
        String effect = OutputSizeFormula.brightnessEffect(sum);
        if (mode == ColorMode.RGB) {
            effect = "R, G and B " + effect + " (a flat gray area)";
        }
        return effect + (filter.bias() != 0 ? ", then the bias " + NumberText.format(filter.bias(), 4) + " is added" : "");
    }

    /** The output-size formula for {@code filter} on {@code image} ({@code null}: no image yet), or why there is no output. */
    static String formula(FloatPlanes image, Filter filter, PaddingMode padding, int customPadding, BorderMode border,
            int stride, int dilation) {
        if (image == null) {
            return "open an image to see the output size";
        }
        try {
            ConvGeometry g = new ConvGeometry(padding.resolve(filter.kernelHeight(), filter.kernelWidth(), dilation,
                    customPadding), border, stride, dilation);
            return OutputSizeFormula.text(image.height(), image.width(), filter.kernelHeight(), filter.kernelWidth(), g);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Shape, min, max, mean and share of zeros of every map of filter {@code selected} in {@code result}; empty when none. */
    static String stats(PipelineResult result, int selected) {
        if (result == null || result.filters().size() <= selected) {
            return "";
        }
        FilterResult fr = result.filters().get(selected);
        StringBuilder sb = new StringBuilder();
        for (MapResult m : fr.maps()) {
            if (m.inputChannel() >= 0) {
                sb.append(channelName(m.inputChannel())).append(" map  ");
            }
            MapStats c = m.convStats();
            MapStats a = m.activatedStats();
            sb.append("feature map ").append(m.conv().shapeText()).append(": ").append(range(c)).append("\n");
            sb.append("   ").append(afterActivation(result.spec().activation())).append(": ").append(range(a))
                    .append(", zeros ").append(NumberText.format(100 * a.zeroFraction(), 1)).append("%\n");
            if (m.maxPooled() != null || m.averagePooled() != null) {
                FloatPlanes p = m.maxPooled() != null ? m.maxPooled() : m.averagePooled();
                sb.append("   pooled ").append(p.shapeText()).append("\n");
            }
            sb.append("   global average ").append(NumberText.format(m.globalAverage(), 3)).append("\n");
        }
        return sb.toString().stripTrailing();
    }

    /** The name of the activation panel, e.g. "ReLU". */
    static String activationTitle(Activation activation) {
        return switch (activation) {
            case NONE -> "no activation";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
        };
    }

    /** How one map is named in titles and the math: "filter 2", or "filter 2 G" for a per-channel map. */
    static String mapName(int filter, MapResult map) {
        String name = "filter " + (filter + 1);
        return map.inputChannel() >= 0 ? name + " " + channelName(map.inputChannel()) : name;
    }

    private static String afterActivation(Activation activation) {
        return switch (activation) {
            case NONE -> "no activation";
            case RELU -> "after ReLU";
            case LEAKY_RELU -> "after leaky ReLU";
        };
    }

    private static String range(MapStats s) {
        return "min " + NumberText.format(s.min(), 3) + ", max " + NumberText.format(s.max(), 3) + ", mean "
                + NumberText.format(s.mean(), 3);
    }
}
