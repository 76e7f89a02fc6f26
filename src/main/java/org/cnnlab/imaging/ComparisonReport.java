package org.cnnlab.imaging;

import java.util.List;
import org.cnnlab.engine.FloatPlanes;

/**
 * How two decodes of one file differ.
 *
 * @param comparable      false when the sizes differ; then only {@code refusal} is set
 * @param refusal         why the images could not be compared, or {@code null}
 * @param differences     human lines: shape, order and type differences, then what the numbers mean
 * @param asStored        channel index by index (channel 0 with channel 0 …): reveals RGB vs BGR
 * @param aligned         colour by colour (R with R …): reveals decoder rounding and wrong colours
 * @param heatmapAsStored H×W, per pixel the largest |a − b| over the channels compared as stored, 0–1
 * @param heatmapAligned  H×W, per pixel the largest |a − b| over R, G, B (and alpha), 0–1
 */
public record ComparisonReport(boolean comparable, String refusal, List<String> differences,
        DifferenceStats asStored, DifferenceStats aligned, FloatPlanes heatmapAsStored, FloatPlanes heatmapAligned) {

    public ComparisonReport {
        differences = List.copyOf(differences);
    }

    static ComparisonReport refused(String why) {
        return new ComparisonReport(false, why, List.of(why), null, null, null, null);
    }
}
