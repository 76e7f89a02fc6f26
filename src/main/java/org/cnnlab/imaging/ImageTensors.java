package org.cnnlab.imaging;

import org.cnnlab.engine.FloatPlanes;

/**
 * Conversions from a {@link DecodedImage} in any decoder's layout to what the convolution engines
 * and the display need: planes in R, G, B order in 0–255 units (a 16-bit sample {@code v} becomes
 * {@code v·255/65535}, a float {@code v} becomes {@code v·255}), gray planes, and opaque ARGB pixels.
 */
public final class ImageTensors {

    private ImageTensors() {
    }

    /** Three planes R, G, B in 0–255 units; gray images are replicated, alpha is dropped. */
    public static FloatPlanes rgb255(DecodedImage image) {
        ChannelOrder order = image.order();
        int[] sources = {order.redIndex(), order.greenIndex(), order.blueIndex()};
        FloatPlanes in = image.samples();
        FloatPlanes out = FloatPlanes.zeros(3, in.height(), in.width());
        float scale = (float) (255.0 / image.sampleType().fullScale());
        int n = in.planeSize();
        float[] src = in.data();
        float[] dst = out.data();
        for (int c = 0; c < 3; c++) {
            int from = in.planeOffset(sources[c]);
            int to = out.planeOffset(c);
            if (scale == 1f) {
                System.arraycopy(src, from, dst, to, n);
            } else {
                for (int i = 0; i < n; i++) {
                    dst[to + i] = src[from + i] * scale;
                }
            }
        }
        return out;
    }

    /**
     * One gray plane in 0–255 units. A gray image keeps its own values; a colour image is converted
     * with {@code method}.
     */
    public static FloatPlanes gray255(DecodedImage image, Grayscale method) {
        if (image.order().isGray()) {
            FloatPlanes gray = image.samples().plane(0);
            float scale = (float) (255.0 / image.sampleType().fullScale());
            if (scale != 1f) {
                float[] d = gray.data();
                for (int i = 0; i < d.length; i++) {
                    d[i] *= scale;
                }
            }
            return gray;
        }
        return method.convert(rgb255(image));
    }

    /** Opaque ARGB pixels for display: 16-bit and float samples scaled to 0–255, rounded and clamped. */
    public static int[] argb(DecodedImage image) {
        FloatPlanes rgb = rgb255(image);
        int n = rgb.planeSize();
        float[] d = rgb.data();
        int[] pixels = new int[n];
        for (int i = 0; i < n; i++) {
            pixels[i] = 0xFF000000 | clamp(d[i]) << 16 | clamp(d[n + i]) << 8 | clamp(d[2 * n + i]);
        }
        return pixels;
    }

    private static int clamp(float v) {
        int r = Math.round(v);
        return r < 0 ? 0 : Math.min(r, 255);
    }
}
