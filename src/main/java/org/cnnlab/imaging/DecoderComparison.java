package org.cnnlab.imaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cnnlab.engine.FloatPlanes;

/**
 * Compares two decodes of the same file. Values are normalised first ({@code raw / fullScale}), so
 * an 8-bit and a 16-bit decode compare fairly. Two views:
 * <ul>
 *   <li><b>as stored</b>: channel {@code i} of one with channel {@code i} of the other, the way code
 *       that ignores channel order would mix them; RGB against BGR shows large differences here;</li>
 *   <li><b>aligned by colour</b>: R with R, G with G, B with B (gray counts as R = G = B) and alpha
 *       with alpha; what remains are real disagreements: JPEG decoders rounding differently, or a
 *       CMYK JPEG decoded to wrong colours.</li>
 * </ul>
 */
public final class DecoderComparison {
    /** Below this normalised difference (about 5 levels of 255) two decodes agree up to rounding. */
    static final double ROUNDING = 5.0 / 255;
    /** Above this, colours differ visibly. */
    static final double VISIBLE = 0.1;

    private DecoderComparison() {
    }

    /** Compares {@code a} with {@code b}; refuses (see {@link ComparisonReport#comparable()}) when their sizes differ. */
    public static ComparisonReport compare(DecodedImage a, DecodedImage b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            return ComparisonReport.refused("the two decodes have different sizes (" + a.decoder() + ": " + a.width() + "x"
                    + a.height() + ", " + b.decoder() + ": " + b.width() + "x" + b.height()
                    + "), so their pixels cannot be compared one by one");
        }
        List<String> lines = new ArrayList<>(describeLayout(a, b));
        int w = a.width();
        int h = a.height();
        FloatPlanes heatStored = FloatPlanes.zeros(1, h, w);
        int common = Math.min(a.channels(), b.channels());
        int[] aStored = new int[common];
        int[] bStored = new int[common];
        for (int c = 0; c < common; c++) {
            aStored[c] = c;
            bStored[c] = c;
        }
        DifferenceStats stored = measure(a, b, aStored, bStored, heatStored);

        int[][] pairs = alignedPairs(a.order(), b.order());
        FloatPlanes heatAligned = FloatPlanes.zeros(1, h, w);
        DifferenceStats aligned = measure(a, b, pairs[0], pairs[1], heatAligned);

        lines.add(String.format(Locale.ROOT, "as stored (channel by index): max |a−b| = %.4f, mean %.4f (0–1 scale)",
                stored.maxAbs(), stored.meanAbs()));
        lines.add(String.format(Locale.ROOT, "aligned by colour (R with R …): max |a−b| = %.4f, mean %.4f (0–1 scale)",
                aligned.maxAbs(), aligned.meanAbs()));
        lines.add(interpret(a, b, stored, aligned));
        return new ComparisonReport(true, null, lines, stored, aligned, heatStored, heatAligned);
    }

    private static List<String> describeLayout(DecodedImage a, DecodedImage b) {
        List<String> lines = new ArrayList<>();
        if (a.channels() != b.channels()) {
            lines.add("channels: " + a.decoder() + " stores " + a.channels() + " (" + a.order().label() + "), "
                    + b.decoder() + " stores " + b.channels() + " (" + b.order().label() + ")");
        }
        if (a.order() != b.order()) {
            lines.add("channel order: " + a.decoder() + " " + Arrays.toString(a.order().channelNames()) + ", "
                    + b.decoder() + " " + Arrays.toString(b.order().channelNames()));
        }
        if (a.sampleType() != b.sampleType()) {
            lines.add("sample type: " + a.decoder() + " " + a.sampleType().label() + " (" + a.sampleType().rangeText()
                    + "), " + b.decoder() + " " + b.sampleType().label() + " (" + b.sampleType().rangeText() + ")");
        }
        if (a.subsampling() != b.subsampling()) {
            lines.add("subsampling: " + a.decoder() + " kept every " + DecodeErrors.ordinal(a.subsampling()) + " pixel, "
                    + b.decoder() + " every " + DecodeErrors.ordinal(b.subsampling()));
        }
        if (lines.isEmpty()) {
            lines.add("same layout: " + a.width() + "x" + a.height() + ", " + a.order().label() + ", "
                    + a.sampleType().label());
        }
        return lines;
    }

    /** Channel index pairs (a, b) that hold the same colour: R, G, B, and alpha when both have it. */
    private static int[][] alignedPairs(ChannelOrder a, ChannelOrder b) {
        boolean gray = a.isGray() && b.isGray();
        boolean alpha = a.hasAlpha() && b.hasAlpha();
        int n = (gray ? 1 : 3) + (alpha ? 1 : 0);
        int[] ai = new int[n];
        int[] bi = new int[n];
        if (gray) {
            ai[0] = 0;
            bi[0] = 0;
        } else {
            ai[0] = a.redIndex();
            ai[1] = a.greenIndex();
            ai[2] = a.blueIndex();
            bi[0] = b.redIndex();
            bi[1] = b.greenIndex();
            bi[2] = b.blueIndex();
        }
        if (alpha) {
            ai[n - 1] = a.alphaIndex();
            bi[n - 1] = b.alphaIndex();
        }
        return new int[][] {ai, bi};
    }

    private static DifferenceStats measure(DecodedImage a, DecodedImage b, int[] aChannels, int[] bChannels,
            FloatPlanes heatmap) {
        float[] da = a.samples().data();
        float[] db = b.samples().data();
        float[] heat = heatmap.data();
        double sa = 1.0 / a.sampleType().fullScale();
        double sb = 1.0 / b.sampleType().fullScale();
        int n = a.samples().planeSize();
        double max = 0;
        double sum = 0;
        for (int k = 0; k < aChannels.length; k++) {
            int oa = a.samples().planeOffset(aChannels[k]);
            int ob = b.samples().planeOffset(bChannels[k]);
            for (int i = 0; i < n; i++) {
                double d = Math.abs(da[oa + i] * sa - db[ob + i] * sb);
                sum += d;
                if (d > heat[i]) {
                    heat[i] = (float) Math.min(1.0, d);
                }
                if (d > max) {
                    max = d;
                }
            }
        }
        double mean = aChannels.length == 0 ? 0 : sum / ((double) n * aChannels.length);
        return new DifferenceStats(max, mean, aChannels.length);
    }

    private static String interpret(DecodedImage a, DecodedImage b, DifferenceStats stored, DifferenceStats aligned) {
        if (aligned.maxAbs() == 0 && stored.maxAbs() == 0) {
            return "the two decoders produced exactly the same numbers";
        }
        if (aligned.maxAbs() <= ROUNDING && stored.maxAbs() > VISIBLE) {
            return "the colours agree, only the channel order differs (" + a.order().label() + " vs "
                    + b.order().label() + "): code that mixes them up swaps red and blue";
        }
        if (aligned.maxAbs() == 0) {
            return "the colours are identical";
        }
        if (aligned.maxAbs() <= ROUNDING) {
            return "the colours agree up to rounding: the decoders compute the same image slightly differently "
                    + "(e.g. JPEG's inverse DCT and colour upsampling)";
        }
        if (aligned.meanAbs() > VISIBLE / 2 || aligned.maxAbs() > 0.5) {
            return "the colours really differ: one decoder interprets the file differently (e.g. a CMYK JPEG "
                    + "decoded with the wrong colour conversion)";
        }
        return "the colours differ slightly in places (different decoding of the same data)";
    }
}
