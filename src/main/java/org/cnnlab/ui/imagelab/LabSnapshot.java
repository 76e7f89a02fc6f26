package org.cnnlab.ui.imagelab;

import java.util.List;
import org.cnnlab.imaging.DecodedImage;

/**
 * Everything the image lab shows for one decode, computed off the UI thread and then handed over
 * whole: the decoded image, its screen pixels and its metadata table.
 *
 * @param image    what the decoder produced
 * @param argb     opaque screen pixels, row-major, {@code width * height}
 * @param metadata rows of the metadata table
 */
public record LabSnapshot(DecodedImage image, int[] argb, List<MetadataRow> metadata) {

    public LabSnapshot {
        metadata = List.copyOf(metadata);
    }

    /** Derives the screen pixels and metadata of {@code image}. */
    public static LabSnapshot of(DecodedImage image) {
        return new LabSnapshot(image, DisplayPixels.argb(image), ImageLabViewModel.metadataOf(image));
    }
}
