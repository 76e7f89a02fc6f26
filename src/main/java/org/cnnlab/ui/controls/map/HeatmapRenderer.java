package org.cnnlab.ui.controls.map;

import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.ColorMap;

/**
 * Turns the numbers of one plane (or of a three-channel image) into opaque ARGB colours, in one
 * of three tones:
 * <ul>
 *   <li>{@link Tone#HEATMAP}: a colour map over the plane's real range ({@link ColorMap#forRange}:
 *       diverging around zero for signed maps, viridis otherwise);</li>
 *   <li>{@link Tone#IMAGE}: as an image editor shows it, gray (or RGB) with 0 black and 255 white,
 *       values outside cut off;</li>
 *   <li>{@link Tone#STRETCHED}: contrast stretch, the real minimum black and the real maximum
 *       white, {@code byte = round(255 · (v − min) / (max − min))}, so a 0–10 image is as readable
 *       as a 0–255 one. A flat image (min = max) keeps the 0–255 tone.</li>
 * </ul>
 * A three-channel image ({@code channel = -1}) is always shown as an image (R, G, B), stretched
 * over the minimum and maximum of all its channels when asked.
 */
public final class HeatmapRenderer {
    /** How numbers become colours. */
    public enum Tone { HEATMAP, IMAGE, STRETCHED }

    private final FloatPlanes planes;
    private final int channel;
    private final MapStats stats;
    private final Tone tone;
    private final ColorMap colorMap;
    private final double low;
    private final double byteScale;
    private float[] rowSamples = new float[0];

    /**
     * @param channel the plane to show, or -1 for a three-channel colour image
     * @param stats   the statistics of that plane (of all channels for -1)
     */
    public HeatmapRenderer(FloatPlanes planes, int channel, MapStats stats, Tone tone) {
        if (channel < -1 || channel >= planes.channels() || channel == -1 && planes.channels() != 3) {
            throw new IllegalArgumentException("cannot show channel " + channel + " of a " + planes.shapeText() + " map");
        }
        this.planes = planes;
        this.channel = channel;
        this.stats = stats;
        Tone effective = channel == -1 && tone == Tone.HEATMAP ? Tone.IMAGE : tone;
        if (effective == Tone.STRETCHED && !(stats.max() > stats.min())) {
            effective = Tone.IMAGE;
        }
        this.tone = effective;
        this.colorMap = effective == Tone.HEATMAP ? ColorMap.forRange(stats.min(), stats.max()) : ColorMap.GRAY;
        this.low = effective == Tone.STRETCHED ? stats.min() : 0;
        this.byteScale = effective == Tone.STRETCHED ? 255.0 / ((double) stats.max() - stats.min()) : 1;
    }

    /** The tone in use: {@link Tone#IMAGE} where a stretch or a heatmap is impossible (a flat image, three channels). */
    public Tone tone() {
        return tone;
    }

    /** The colour map in use ({@link ColorMap#GRAY} for the image tones). */
    public ColorMap colorMap() {
        return colorMap;
    }

    /** The value drawn at the left end of the colour bar (black in the image tones). */
    public double barLow() {
        return tone == Tone.HEATMAP ? stats.min() : low;
    }

    /** The value drawn at the right end of the colour bar (white in the image tones). */
    public double barHigh() {
        return tone == Tone.HEATMAP ? stats.max() : tone == Tone.STRETCHED ? stats.max() : 255;
    }

    /** The colour of pixel {@code (row, column)}. */
    public int colorOf(int row, int column) {
        if (channel == -1) {
            return 0xff000000 | toByte(planes.get(0, row, column)) << 16 | toByte(planes.get(1, row, column)) << 8
                    | toByte(planes.get(2, row, column));
        }
        float v = planes.get(channel, row, column);
        if (tone == Tone.HEATMAP) {
            return colorMap.colorAt(colorMap.position(v, stats.min(), stats.max()));
        }
        int g = toByte(v);
        return 0xff000000 | g << 16 | g << 8 | g;
    }

    /** The colour at position {@code t} in [0, 1] along the colour bar, from {@link #barLow} to {@link #barHigh}. */
    public int barColor(double t) {
        if (tone != Tone.HEATMAP) {
            return colorMap.colorAt(t);
        }
        double value = stats.min() + t * ((double) stats.max() - stats.min());
        return colorMap.colorAt(colorMap.position(value, stats.min(), stats.max()));
    }

    /** Writes the colours of every sample of {@code region} into its array. */
    public void render(SampledRegion region) {
        int[] argb = region.argb();
        int w = region.width();
        if (channel >= 0 && tone == Tone.HEATMAP) {
            renderRows(region, argb, w);
            return;
        }
        for (int i = 0; i < region.height(); i++) {
            int row = region.rowOf(i);
            for (int j = 0; j < w; j++) {
                argb[i * w + j] = colorOf(row, region.columnOf(j));
            }
        }
    }

    /** Every pixel's colour, one per pixel, row-major (for export). */
    public int[] renderAll() {
        int[] argb = new int[planes.planeSize()];
        render(new SampledRegion(new PixelRect(0, 0, planes.width(), planes.height()), 1, argb));
        return argb;
    }

    /** Colours whole rows at once through the colour map (the common case: one plane as a heatmap). */
    private void renderRows(SampledRegion region, int[] argb, int w) {
        float[] data = planes.data();
        int plane = planes.planeOffset(channel);
        int step = region.step();
        if (step == 1) {
            for (int i = 0; i < region.height(); i++) {
                colorMap.render(data, plane + region.rowOf(i) * planes.width() + region.columnOf(0), w, stats.min(),
                        stats.max(), argb, i * w);
            }
            return;
        }
        if (rowSamples.length < w) {
            rowSamples = new float[w];
        }
        for (int i = 0; i < region.height(); i++) {
            int base = plane + region.rowOf(i) * planes.width() + region.columnOf(0);
            for (int j = 0; j < w; j++) {
                rowSamples[j] = data[base + j * step];
            }
            colorMap.render(rowSamples, 0, w, stats.min(), stats.max(), argb, i * w);
        }
    }

    private int toByte(float v) {
        return (int) Math.round(Math.max(0, Math.min(255, (v - low) * byteScale)));
    }
}
