package org.cnnlab.ui.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.ConvolutionExplainer;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PixelExplanation;
import org.cnnlab.engine.Pooling;
import org.cnnlab.ui.controls.Highlight;
import org.cnnlab.ui.controls.NumberText;

/**
 * One pixel followed through the sandbox's stages, the "one-pixel math": for an output pixel, the
 * input window it reads, every product of the kernel with that window and their sum (per channel
 * and bias in RGB mode), what the activation makes of it, and which pooling cells contain it; for a
 * pooled pixel, its window on the activated map and the winning value. The result is the text to
 * show and the rectangles each panel outlines, in that panel's own coordinates.
 */
public final class PixelTrace {
    private static final String[] CHANNEL_NAMES = {"R", "G", "B"};

    private final Map<PipelineStage, List<Highlight>> highlights;
    private final String text;

    private PixelTrace(Map<PipelineStage, List<Highlight>> highlights, String text) {
        this.highlights = highlights;
        this.text = text;
    }

    /** Outlines for the panel of {@code stage} (the input panel for {@link PipelineStage#INPUT}); empty when none. */
    public List<Highlight> highlights(PipelineStage stage) {
        return highlights.getOrDefault(stage, List.of());
    }

    /** The arithmetic written out, several lines. */
    public String text() {
        return text;
    }

    /**
     * Traces pixel {@code (row, column)} of the panel {@code stage} of map {@code map} of filter
     * {@code filter} in {@code result}.
     */
    public static PixelTrace of(PipelineResult result, int filter, int map, PipelineStage stage, int row, int column) {
        FilterResult fr = result.filters().get(filter);
        MapResult mr = fr.maps().get(map);
        Builder b = new Builder(result, fr, mr, map);
        switch (stage) {
            case INPUT -> b.fromInput(row, column);
            case CONV, ACTIVATION -> b.fromOutput(row, column);
            case MAX_POOL, AVERAGE_POOL -> b.fromPool(stage, row, column);
        }
        return new PixelTrace(b.highlights, b.text.toString().strip());
    }

    private static final class Builder {
        private final PipelineResult result;
        private final FilterResult filterResult;
        private final MapResult mapResult;
        private final int mapIndex;
        private final Map<PipelineStage, List<Highlight>> highlights = new EnumMap<>(PipelineStage.class);
        private final StringBuilder text = new StringBuilder();

        Builder(PipelineResult result, FilterResult filterResult, MapResult mapResult, int mapIndex) {
            this.result = result;
            this.filterResult = filterResult;
            this.mapResult = mapResult;
            this.mapIndex = mapIndex;
        }

        private void add(PipelineStage stage, Highlight h) {
            highlights.computeIfAbsent(stage, s -> new ArrayList<>()).add(h);
        }

        private PipelineSpec spec() {
            return result.spec();
        }

        /** The filter the map came from: in depthwise mode its kernel on this map's channel, others zero. */
        private Filter explainedFilter() {
            Filter f = filterResult.filter();
            if (spec().mode() != ColorMode.DEPTHWISE) {
                return f;
            }
            List<Kernel> kernels = new ArrayList<>();
            for (int c = 0; c < f.channels(); c++) {
                kernels.add(c == mapIndex ? f.kernel(c) : Kernel.of(f.kernelHeight(), f.kernelWidth(),
                        new float[f.kernelHeight() * f.kernelWidth()]));
            }
            return new Filter(kernels, 0f);
        }

        void fromOutput(int y, int x) {
            add(PipelineStage.CONV, Highlight.pixel(y, x, Highlight.Kind.PIXEL));
            add(PipelineStage.ACTIVATION, Highlight.pixel(y, x, Highlight.Kind.PIXEL));
            PixelExplanation e = ConvolutionExplainer.explain(result.input(), explainedFilter(), filterResult.geometry(), y, x);
            int[] window = e.inputWindow();
            add(PipelineStage.INPUT, new Highlight(window[0], window[1], window[2], window[3], Highlight.Kind.WINDOW));
            if (filterResult.geometry().dilation() > 1) {
                for (PixelExplanation.Term t : e.channels().get(0).terms()) {
                    add(PipelineStage.INPUT, Highlight.pixel(t.inputRow(), t.inputColumn(), Highlight.Kind.PIXEL));
                }
            }
            text.append("Output pixel (").append(y).append(", ").append(x).append(") reads input rows ")
                    .append(window[0]).append("–").append(window[2]).append(", columns ").append(window[1]).append("–")
                    .append(window[3]);
            if (e.channels().get(0).terms().stream().anyMatch(PixelExplanation.Term::outside)) {
                text.append(" (partly in the padding: ").append(spec().border().id()).append(" border)");
            }
            text.append("\n");
            convolutionText(e);
            float conv = mapResult.conv().get(0, y, x);
            activationText(conv, mapResult.activated().get(0, y, x));
            poolMembership(y, x);
        }

        private void convolutionText(PixelExplanation e) {
            if (spec().mode() == ColorMode.RGB) {
                for (int c = 0; c < e.channels().size(); c++) {
                    text.append(CHANNEL_NAMES[c]).append(": ").append(e.formula(c)).append("\n");
                }
                text.append("bias ").append(NumberText.format(e.bias(), 4)).append("; total ")
                        .append(NumberText.format(e.total(), 4)).append("\n");
            } else {
                int c = spec().mode() == ColorMode.DEPTHWISE ? mapIndex : 0;
                if (spec().mode() == ColorMode.DEPTHWISE) {
                    text.append(CHANNEL_NAMES[c]).append(" only: ");
                }
                text.append(e.formula(c)).append("\n");
            }
        }

        private void activationText(float conv, float activated) {
            Activation a = spec().activation();
            String in = NumberText.format(conv, 4);
            String out = NumberText.format(activated, 4);
            switch (a) {
                case NONE -> text.append("no activation: ").append(in).append(" passes unchanged\n");
                case RELU -> text.append("ReLU(").append(in).append(") = ").append(out)
                        .append(conv > 0 ? "" : "  (negative or zero becomes 0)").append("\n");
                case LEAKY_RELU -> text.append("leaky ReLU(").append(in).append(") = ")
                        .append(conv > 0 ? out : NumberText.format(Activation.LEAKY_SLOPE, 2) + "·(" + in + ") = " + out)
                        .append("\n");
            }
        }

        private void poolMembership(int y, int x) {
            FloatPlanes pooled = mapResult.maxPooled() != null ? mapResult.maxPooled() : mapResult.averagePooled();
            if (pooled == null) {
                if (spec().pools() != org.cnnlab.engine.PoolSelection.NONE) {
                    text.append("the ").append(spec().poolSize()).append("×").append(spec().poolSize())
                            .append(" pool does not fit this map\n");
                }
                return;
            }
            Pooling pool = spec().maxPooling();
            List<int[]> cells = new ArrayList<>();
            for (int py = 0; py < pooled.height(); py++) {
                for (int px = 0; px < pooled.width(); px++) {
                    int[] o = pool.windowOrigin(py, px);
                    if (y >= o[0] && y < o[0] + pool.size() && x >= o[1] && x < o[1] + pool.size()) {
                        cells.add(new int[] {py, px});
                    }
                }
            }
            if (cells.isEmpty()) {
                text.append("no pooling window covers this pixel (the pool stride skips it)\n");
                return;
            }
            StringBuilder where = new StringBuilder();
            for (int[] cell : cells) {
                Highlight h = Highlight.pixel(cell[0], cell[1], Highlight.Kind.PIXEL);
                add(PipelineStage.MAX_POOL, h);
                add(PipelineStage.AVERAGE_POOL, h);
                where.append(where.length() == 0 ? "" : ", ").append("(").append(cell[0]).append(", ").append(cell[1]).append(")");
                if (mapResult.maxPooled() != null) {
                    int[] win = pool.argMax(mapResult.activated(), 0, cell[0], cell[1]);
                    boolean wins = win[0] == y && win[1] == x;
                    where.append(wins ? " where it is the maximum" : " where the maximum is "
                            + NumberText.format(mapResult.maxPooled().get(0, cell[0], cell[1]), 4));
                }
            }
            text.append("pooling: inside pool cell").append(cells.size() > 1 ? "s " : " ").append(where).append("\n");
        }

        void fromPool(PipelineStage stage, int py, int px) {
            Pooling pool = stage == PipelineStage.MAX_POOL ? spec().maxPooling() : spec().averagePooling();
            FloatPlanes pooled = stage == PipelineStage.MAX_POOL ? mapResult.maxPooled() : mapResult.averagePooled();
            FloatPlanes act = mapResult.activated();
            int[] o = pool.windowOrigin(py, px);
            int bottom = o[0] + pool.size() - 1;
            int right = o[1] + pool.size() - 1;
            add(stage, Highlight.pixel(py, px, Highlight.Kind.PIXEL));
            Highlight window = new Highlight(o[0], o[1], bottom, right, Highlight.Kind.WINDOW);
            add(PipelineStage.ACTIVATION, window);
            add(PipelineStage.CONV, window);
            ConvGeometry g = filterResult.geometry();
            Filter f = explainedFilter();
            int[] first = ConvolutionExplainer.explain(result.input(), f, g, o[0], o[1]).inputWindow();
            int[] last = ConvolutionExplainer.explain(result.input(), f, g, bottom, right).inputWindow();
            add(PipelineStage.INPUT, new Highlight(first[0], first[1], last[2], last[3], Highlight.Kind.WINDOW));
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < pool.size(); i++) {
                for (int j = 0; j < pool.size(); j++) {
                    values.append(values.length() == 0 ? "" : ", ").append(NumberText.format(act.get(0, o[0] + i, o[1] + j), 4));
                }
            }
            String value = NumberText.format(pooled.get(0, py, px), 4);
            text.append(stage == PipelineStage.MAX_POOL ? "Max" : "Average").append(" pool cell (").append(py).append(", ").append(px)
                    .append(") covers activated rows ").append(o[0]).append("–").append(bottom).append(", columns ")
                    .append(o[1]).append("–").append(right).append("\n");
            if (stage == PipelineStage.MAX_POOL) {
                int[] win = pool.argMax(act, 0, py, px);
                add(PipelineStage.ACTIVATION, Highlight.pixel(win[0], win[1], Highlight.Kind.WINNER));
                add(PipelineStage.CONV, Highlight.pixel(win[0], win[1], Highlight.Kind.WINNER));
                text.append("max(").append(values).append(") = ").append(value).append(", from (").append(win[0])
                        .append(", ").append(win[1]).append(")\n");
                text.append("the winner's own math:\n");
                PixelExplanation e = ConvolutionExplainer.explain(result.input(), f, g, win[0], win[1]);
                convolutionText(e);
                activationText(mapResult.conv().get(0, win[0], win[1]), act.get(0, win[0], win[1]));
            } else {
                text.append("mean(").append(values).append(") = ").append(value).append("\n");
            }
        }

        void fromInput(int r, int c) {
            add(PipelineStage.INPUT, Highlight.pixel(r, c, Highlight.Kind.PIXEL));
            FloatPlanes in = result.input();
            text.append("Input pixel (").append(r).append(", ").append(c).append(") = ");
            if (in.channels() == 3) {
                text.append("R ").append(NumberText.format(in.get(0, r, c), 2)).append(", G ")
                        .append(NumberText.format(in.get(1, r, c), 2)).append(", B ").append(NumberText.format(in.get(2, r, c), 2));
            } else {
                text.append(NumberText.format(in.get(0, r, c), 2));
            }
            text.append("\n");
            ConvGeometry g = filterResult.geometry();
            Filter f = filterResult.filter();
            int[] rows = readers(r, g.padding().top(), f.kernelHeight(), g, mapResult.conv().height());
            int[] cols = readers(c, g.padding().left(), f.kernelWidth(), g, mapResult.conv().width());
            if (rows[0] > rows[1] || cols[0] > cols[1]) {
                text.append("no output pixel reads it (the stride steps over it)\n");
                return;
            }
            Highlight h = new Highlight(rows[0], cols[0], rows[1], cols[1], Highlight.Kind.WINDOW);
            add(PipelineStage.CONV, h);
            add(PipelineStage.ACTIVATION, h);
            text.append("it is read by output rows ").append(rows[0]).append("–").append(rows[1]).append(", columns ")
                    .append(cols[0]).append("–").append(cols[1]).append("\n");
        }

        /** Output indices {@code {first, last}} whose window along one axis includes input index {@code i}. */
        private static int[] readers(int i, int padBefore, int k, ConvGeometry g, int outSize) {
            int s = g.stride();
            int reach = g.dilation() * (k - 1);
            int first = Math.max(0, Math.floorDiv(i + padBefore - reach + s - 1, s));
            int last = Math.min(outSize - 1, Math.floorDiv(i + padBefore, s));
            return new int[] {first, last};
        }
    }
}
