package org.cnnlab.ui.imagelab;

import org.cnnlab.imaging.ChannelOrder;
import org.cnnlab.imaging.DecodedImage;

/**
 * Turns a decoded image back into opaque screen pixels ({@code 0xFFRRGGBB}), whatever order and
 * sample type the decoder used: each channel is found through its {@link ChannelOrder} and scaled
 * by {@code 255 / fullScale}. Alpha is ignored so that the numbers shown match what is visible.
 */
public final class DisplayPixels {
    private DisplayPixels() {
    }

    /** Row-major ARGB pixels of {@code image}, {@code width * height} long. */
    public static int[] argb(DecodedImage image) {
        ChannelOrder order = image.order();
        float[] data = image.samples().data();
        int plane = image.samples().planeSize();
        int r = image.samples().planeOffset(order.redIndex());
        int g = image.samples().planeOffset(order.greenIndex());
        int b = image.samples().planeOffset(order.blueIndex());
        double scale = 255.0 / image.sampleType().fullScale();
        int[] out = new int[plane];
        for (int i = 0; i < plane; i++) {
            out[i] = 0xff000000 | (to8(data[r + i], scale) << 16) | (to8(data[g + i], scale) << 8) | to8(data[b + i], scale);
        }
        return out;
    }

    private static int to8(float value, double scale) {
        long v = Math.round(value * scale);
        return (int) Math.max(0, Math.min(255, v));
    }
}
