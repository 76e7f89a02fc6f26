package org.cnnlab.ui.imagelab;

import java.util.List;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageTensors;

/**
 * Everything the image lab shows for one decode, computed off the UI thread and then handed over
 * whole: the decoded image, its screen pixels, its metadata table and its grayscale conversions.
 *
 * @param image     what the decoder produced
 * @param argb      opaque screen pixels, row-major, {@code width * height}
 * @param metadata  rows of the metadata table
 * @param grayscale the three grayscale conversions and their differences
 */
public record LabSnapshot(DecodedImage image, int[] argb, List<MetadataRow> metadata, GrayscaleSet grayscale) {

    public LabSnapshot {
        metadata = List.copyOf(metadata);
    }

    /** Derives the screen pixels, metadata and grayscale conversions of {@code image}. */
    public static LabSnapshot of(DecodedImage image) {
        return new LabSnapshot(image, ImageTensors.argb(image), ImageLabViewModel.metadataOf(image),
                GrayscaleSet.of(image));
    }
}
