package org.cnnlab.imaging;

import java.util.List;
import org.cnnlab.engine.FloatPlanes;

/**
 * An image as one decoder turned it into numbers: raw sample values (0–255, 0–65535 or floats) in
 * that decoder's own channel order, one plane per stored channel. Two decoders of one file may
 * disagree in shape, channel order, sample type and even pixel values; this type keeps those
 * differences visible instead of normalising them away.
 *
 * @param decoder     name of the decoder that produced it
 * @param format      the file format the content revealed (e.g. "JPEG"), not the extension
 * @param samples     raw values, planes in {@code order}
 * @param order       channel order of {@code samples}
 * @param sampleType  how the samples were stored
 * @param decodeNanos wall time of the decode
 * @param warnings    what went wrong without stopping the decode (a truncated file, a fallback)
 * @param page        index of the decoded page (multi-page TIFF, animated GIF frame), from 0
 * @param pageCount   number of pages or frames, 1 for most files
 * @param subsampling 1, or every n-th pixel kept when the image was downsampled to fit a limit
 */
public record DecodedImage(String decoder, String format, FloatPlanes samples, ChannelOrder order,
        SampleType sampleType, long decodeNanos, List<String> warnings, int page, int pageCount, int subsampling) {

    public DecodedImage {
        warnings = List.copyOf(warnings);
        if (samples.channels() != order.channels()) {
            throw new IllegalArgumentException(order.label() + " needs " + order.channels() + " planes, got "
                    + samples.channels());
        }
    }

    public int width() {
        return samples.width();
    }

    public int height() {
        return samples.height();
    }

    public int channels() {
        return samples.channels();
    }

    /** Raw value of stored channel {@code c} at {@code (x, y)}. */
    public float raw(int c, int x, int y) {
        return samples.get(c, y, x);
    }

    /** Value of stored channel {@code c} at {@code (x, y)} divided by the full scale, so 0–1. */
    public double normalised(int c, int x, int y) {
        return samples.get(c, y, x) / sampleType.fullScale();
    }
}
