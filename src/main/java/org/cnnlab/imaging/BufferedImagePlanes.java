package org.cnnlab.imaging;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.util.List;
import org.cnnlab.engine.FloatPlanes;

/**
 * Turns any {@link BufferedImage} into planes of raw samples without losing range. RGB and gray
 * images are read from the {@link Raster} band by band, so 16-bit samples stay 0–65535 and floats
 * stay floats; a raster's bands are always in colour-model order (R, G, B, then alpha), whatever
 * the byte layout ({@code TYPE_3BYTE_BGR} included). Palette images become RGB(A) through their
 * palette. Other colour spaces (CMYK, Lab) are converted to 8-bit sRGB by Java2D, with a warning.
 */
public final class BufferedImagePlanes {

    private BufferedImagePlanes() {
    }

    /** Converts {@code image}; conversions that change the data add a line to {@code warnings}. */
    public static RawPlanes convert(BufferedImage image, List<String> warnings) {
        ColorModel model = image.getColorModel();
        if (model instanceof IndexColorModel palette) {
            return fromPalette(image, palette);
        }
        int type = model.getColorSpace().getType();
        boolean readable = (model instanceof ComponentColorModel || model instanceof DirectColorModel)
                && (type == ColorSpace.TYPE_RGB || type == ColorSpace.TYPE_GRAY)
                && image.getRaster().getNumBands() == model.getNumComponents();
        int transfer = image.getRaster().getDataBuffer().getDataType();
        if (readable && (transfer == DataBuffer.TYPE_BYTE || transfer == DataBuffer.TYPE_USHORT
                || transfer == DataBuffer.TYPE_INT || transfer == DataBuffer.TYPE_FLOAT
                || transfer == DataBuffer.TYPE_DOUBLE)) {
            if (model.isAlphaPremultiplied()) {
                image.coerceData(false);
            }
            return fromRaster(image, model, transfer);
        }
        warnings.add("the image is stored as " + describe(model) + "; it was converted to 8-bit RGB for display");
        return fromArgb(image, model.hasAlpha());
    }

    private static RawPlanes fromRaster(BufferedImage image, ColorModel model, int transfer) {
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int bands = raster.getNumBands();
        boolean gray = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        boolean alpha = model.hasAlpha();
        ChannelOrder order = gray ? (alpha ? ChannelOrder.GRAY_ALPHA : ChannelOrder.GRAY)
                : (alpha ? ChannelOrder.RGBA : ChannelOrder.RGB);
        int bits = maxComponentBits(model);
        SampleType sampleType;
        double scale = 1.0;
        if (transfer == DataBuffer.TYPE_FLOAT || transfer == DataBuffer.TYPE_DOUBLE) {
            sampleType = SampleType.FLOAT32;
        } else if (bits <= 8) {
            sampleType = SampleType.UINT8;
        } else {
            sampleType = SampleType.UINT16;
        }
        FloatPlanes planes = FloatPlanes.zeros(order.channels(), h, w);
        float[] out = planes.data();
        float[] row = new float[w];
        for (int b = 0; b < bands; b++) {
            int bandBits = model.getComponentSize(b);
            if (sampleType != SampleType.FLOAT32 && bandBits != 8 && bandBits != 16) {
                scale = sampleType.fullScale() / ((1 << bandBits) - 1);
            } else {
                scale = 1.0;
            }
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, b, row);
                int offset = planes.planeOffset(b) + y * w;
                if (scale == 1.0) {
                    System.arraycopy(row, 0, out, offset, w);
                } else {
                    for (int x = 0; x < w; x++) {
                        out[offset + x] = (float) Math.rint(row[x] * scale);
                    }
                }
            }
        }
        return new RawPlanes(planes, order, sampleType);
    }

    private static int maxComponentBits(ColorModel model) {
        int bits = 0;
        for (int size : model.getComponentSize()) {
            bits = Math.max(bits, size);
        }
        return bits;
    }

    private static RawPlanes fromPalette(BufferedImage image, IndexColorModel palette) {
        boolean alpha = palette.hasAlpha() || palette.getTransparentPixel() >= 0;
        return fromArgb(image, alpha);
    }

    private static RawPlanes fromArgb(BufferedImage image, boolean alpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        ChannelOrder order = alpha ? ChannelOrder.RGBA : ChannelOrder.RGB;
        FloatPlanes planes = FloatPlanes.zeros(order.channels(), h, w);
        float[] out = planes.data();
        int plane = planes.planeSize();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int i = y * w + x;
                out[i] = (argb >> 16) & 0xFF;
                out[plane + i] = (argb >> 8) & 0xFF;
                out[2 * plane + i] = argb & 0xFF;
                if (alpha) {
                    out[3 * plane + i] = (argb >>> 24) & 0xFF;
                }
            }
        }
        return new RawPlanes(planes, order, SampleType.UINT8);
    }

    private static String describe(ColorModel model) {
        String space = switch (model.getColorSpace().getType()) {
            case ColorSpace.TYPE_CMYK -> "CMYK";
            case ColorSpace.TYPE_YCbCr -> "YCbCr";
            case ColorSpace.TYPE_Lab -> "Lab";
            case ColorSpace.TYPE_RGB -> "RGB";
            case ColorSpace.TYPE_GRAY -> "gray";
            default -> model.getColorSpace().getNumComponents() + "-channel colour";
        };
        return space + " with " + maxComponentBits(model) + "-bit samples";
    }
}
