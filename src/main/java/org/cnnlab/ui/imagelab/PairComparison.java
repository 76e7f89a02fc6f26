package org.cnnlab.ui.imagelab;

import java.util.Locale;
import org.cnnlab.imaging.ChannelOrder;
import org.cnnlab.imaging.ComparisonReport;
import org.cnnlab.imaging.DecoderComparison;

/**
 * Two decoders' results for one file, compared: the imaging {@link ComparisonReport} (differences
 * as stored and aligned by colour, heatmaps) plus the one-line explanation the image lab shows.
 */
public record PairComparison(DecoderOutcome first, DecoderOutcome second, ComparisonReport report, String headline) {

    public static PairComparison of(DecoderOutcome first, DecoderOutcome second) {
        ComparisonReport report = DecoderComparison.compare(first.image(), second.image());
        return new PairComparison(first, second, report, headline(first, second, report));
    }

    /** Max abs difference in 0–1 and in levels of 255, e.g. {@code 0.0078 (2/255)}. */
    public static String levels(double normalised) {
        return String.format(Locale.ROOT, "%.4f (%s/255)", normalised, ImageLabViewModel.formatValue(
                (float) (Math.round(normalised * 255 * 10) / 10.0)));
    }

    /**
     * One line on why the two differ: a decoder that stores BGR ("channel 0 is blue"), JPEG
     * rounding, a CMYK JPEG decoded wrongly, or no difference at all.
     */
    static String headline(DecoderOutcome first, DecoderOutcome second, ComparisonReport report) {
        if (!report.comparable()) {
            return ImageLabViewModel.sentence(report.refusal());
        }
        String interpretation = ImageLabViewModel.sentence(report.differences().get(report.differences().size() - 1));
        String order = orderNote(first, second);
        return order.isEmpty() ? interpretation : order + " " + interpretation;
    }

    private static String orderNote(DecoderOutcome first, DecoderOutcome second) {
        ChannelOrder a = first.image().order();
        ChannelOrder b = second.image().order();
        if (a == b) {
            return "";
        }
        return first.name() + " stores " + a.label() + ": channel 0 is " + ChannelsPane.longName(a.channelNames()[0])
                + "; " + second.name() + " stores " + b.label() + ": channel 0 is "
                + ChannelsPane.longName(b.channelNames()[0]) + ".";
    }
}
