package org.cnnlab.ui.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.PipelineSpec;

/**
 * The sandbox's filter bank: 1 to {@value PipelineSpec#MAX_FILTERS} filters (a kernel per input
 * channel and a bias each), which one is selected, and which channel's kernel the editor shows.
 * {@link #kernelProperty()} and {@link #biasProperty()} are a window on the selected filter: setting
 * them replaces that filter in {@link #filters()}, and selecting another filter or channel shows its
 * kernel there. A kernel of a new size resizes the filter's other channels around their centre,
 * because all kernels of one filter share a size.
 *
 * <p>All properties belong to the FX thread.
 */
final class FilterBankModel {
    private final ObservableList<Filter> filters = FXCollections.observableArrayList();
    private final IntegerProperty selectedFilter = new SimpleIntegerProperty(this, "selectedFilter", 0);
    private final IntegerProperty selectedChannel = new SimpleIntegerProperty(this, "selectedChannel", 0);
    private final ObjectProperty<Kernel> kernel = new SimpleObjectProperty<>(this, "kernel");
    private final DoubleProperty bias = new SimpleDoubleProperty(this, "bias", 0);
    private boolean syncing;

    /** A bank of one gray filter holding {@code first}. */
    FilterBankModel(Kernel first) {
        filters.add(Filter.of(first));
        kernel.set(first);
        kernel.addListener((obs, o, n) -> {
            if (n == null) {
                kernel.set(o);
            } else if (!syncing) {
                storeEditedKernel(n);
            }
        });
        bias.addListener((obs, o, n) -> {
            if (!syncing) {
                Filter f = filters.get(selected());
                filters.set(selected(), new Filter(f.kernels(), n.floatValue()));
            }
        });
        selectedFilter.addListener((obs, o, n) -> showSelectedKernel());
        selectedChannel.addListener((obs, o, n) -> showSelectedKernel());
    }

    ObservableList<Filter> filters() {
        return filters;
    }

    IntegerProperty selectedFilterProperty() {
        return selectedFilter;
    }

    IntegerProperty selectedChannelProperty() {
        return selectedChannel;
    }

    ObjectProperty<Kernel> kernelProperty() {
        return kernel;
    }

    DoubleProperty biasProperty() {
        return bias;
    }

    /** The index of the selected filter, clamped to the bank. */
    int selected() {
        return Math.max(0, Math.min(filters.size() - 1, selectedFilter.get()));
    }

    Filter selectedFilter() {
        return filters.get(selected());
    }

    /** Adds a filter of {@code channels} channels (identity kernel of the selected filter's size) and selects it. */
    boolean addFilter(int channels) {
        if (filters.size() >= PipelineSpec.MAX_FILTERS) {
            return false;
        }
        filters.add(Filter.replicated(Kernel.identity(selectedFilter().kernelHeight()), channels));
        selectedFilter.set(filters.size() - 1);
        return true;
    }

    /** Removes the selected filter and selects the one before it; the last filter stays. */
    boolean removeSelectedFilter() {
        if (filters.size() <= 1) {
            return false;
        }
        int index = selected();
        selectedFilter.set(Math.max(0, index - 1));
        filters.remove(index);
        showSelectedKernel();
        return true;
    }

    /** Loads {@code preset}'s kernel into the selected filter, on every colour channel. */
    void applyPreset(KernelPreset preset) {
        Filter f = selectedFilter();
        syncing = true;
        try {
            kernel.set(preset.kernel());
        } finally {
            syncing = false;
        }
        filters.set(selected(), new Filter(Collections.nCopies(f.channels(), preset.kernel()), f.bias()));
    }

    /** Copies the edited kernel to every channel of the selected filter. */
    void copyKernelToAllChannels() {
        Filter f = selectedFilter();
        filters.set(selected(), new Filter(Collections.nCopies(f.channels(), kernel.get()), f.bias()));
    }

    /**
     * Gives every filter the channels of {@code to}: a gray filter keeps the kernel of the selected
     * channel, a colour filter copies its one kernel to R, G and B.
     */
    void convert(ColorMode from, ColorMode to) {
        if (from.inputChannels() == to.inputChannels()) {
            return;
        }
        List<Filter> converted = new ArrayList<>();
        for (Filter f : filters) {
            converted.add(to.inputChannels() == 1
                    ? new Filter(List.of(f.kernel(Math.min(selectedChannel.get(), f.channels() - 1))), f.bias())
                    : new Filter(Collections.nCopies(to.inputChannels(), f.kernel(0)), f.bias()));
        }
        replace(converted, selected(), 0);
    }

    /** Replaces the whole bank and the selection (restoring a saved or earlier state). */
    void replace(List<Filter> bank, int filter, int channel) {
        syncing = true;
        try {
            selectedChannel.set(channel);
            selectedFilter.set(Math.max(0, Math.min(bank.size() - 1, filter)));
        } finally {
            syncing = false;
        }
        filters.setAll(bank);
        showSelectedKernel();
    }

    private void storeEditedKernel(Kernel k) {
        Filter f = selectedFilter();
        int channel = Math.min(selectedChannel.get(), f.channels() - 1);
        List<Kernel> kernels = new ArrayList<>(f.kernels());
        for (int c = 0; c < kernels.size(); c++) {
            kernels.set(c, c == channel ? k : resized(kernels.get(c), k.height(), k.width()));
        }
        filters.set(selected(), new Filter(kernels, f.bias()));
    }

    private static Kernel resized(Kernel k, int height, int width) {
        if (k.height() == height && k.width() == width) {
            return k;
        }
        float[] w = new float[height * width];
        int dy = (height - k.height()) / 2;
        int dx = (width - k.width()) / 2;
        for (int y = 0; y < k.height(); y++) {
            for (int x = 0; x < k.width(); x++) {
                int ty = y + dy;
                int tx = x + dx;
                if (ty >= 0 && tx >= 0 && ty < height && tx < width) {
                    w[ty * width + tx] = k.get(y, x);
                }
            }
        }
        return Kernel.of(height, width, w);
    }

    private void showSelectedKernel() {
        if (filters.isEmpty() || syncing) {
            return;
        }
        Filter f = selectedFilter();
        syncing = true;
        try {
            kernel.set(f.kernel(Math.min(selectedChannel.get(), f.channels() - 1)));
            bias.set(f.bias());
        } finally {
            syncing = false;
        }
    }
}
