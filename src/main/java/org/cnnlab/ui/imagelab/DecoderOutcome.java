package org.cnnlab.ui.imagelab;

import java.util.Locale;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;

/**
 * What one decoder made of a file in the comparison: either a decoded image or the reason it
 * refused the file. One row of the "Compare decoders" table.
 */
public record DecoderOutcome(ImageDecoder decoder, DecodedImage image, DecodeException refusal) {

    public static DecoderOutcome decoded(ImageDecoder decoder, DecodedImage image) {
        return new DecoderOutcome(decoder, image, null);
    }

    public static DecoderOutcome refused(ImageDecoder decoder, DecodeException refusal) {
        return new DecoderOutcome(decoder, null, refusal);
    }

    public boolean succeeded() {
        return image != null;
    }

    public String name() {
        return decoder.displayName();
    }

    public String sizeText() {
        return succeeded() ? image.width() + " x " + image.height() : "";
    }

    public String channelsText() {
        return succeeded() ? String.valueOf(image.channels()) : "";
    }

    public String orderText() {
        return succeeded() ? image.order().label() : "";
    }

    public String typeText() {
        return succeeded() ? image.sampleType().label() : "";
    }

    public String rangeText() {
        if (!succeeded()) {
            return "";
        }
        MapStats all = MapStats.ofAll(image.samples());
        return ImageLabViewModel.formatValue(all.min()) + "–" + ImageLabViewModel.formatValue(all.max());
    }

    public String timeText() {
        return succeeded() ? String.format(Locale.ROOT, "%.1f ms", image.decodeNanos() / 1e6) : "";
    }

    /** Why the decoder refused the file, or its warnings, or "ok". */
    public String statusText() {
        if (!succeeded()) {
            return ImageLabViewModel.sentence(refusal.getMessage());
        }
        return image.warnings().isEmpty() ? "ok"
                : String.join(" ", image.warnings().stream().map(ImageLabViewModel::sentence).toList());
    }
}
