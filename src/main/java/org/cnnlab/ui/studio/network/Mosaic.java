package org.cnnlab.ui.studio.network;

import org.cnnlab.imaging.ColorMap;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.ui.controls.ArgbImage;

/**
 * Many small planes (the feature maps of one layer, the kernels of a convolution) laid out as one
 * picture: a grid of tiles separated by a one-pixel gap, about twice as wide as tall. All tiles share
 * one colour scale so that a bright tile really is a stronger response than a dim one: viridis from the
 * smallest to the largest value when nothing is negative, purple–white–orange centred on zero when
 * values have both signs ({@link ColorMap#forRange}).
 */
public final class Mosaic {
    /** The colour between tiles. */
    public static final int GAP_ARGB = 0xffd0d0d0;

    private Mosaic() {
    }

    /**
     * Columns for {@code tiles} tiles: between a square grid and one three times as wide as tall, the
     * widest that leaves the fewest empty places in the last row (6 maps: 3x2, 16: 4x4, 32: 8x4).
     */
    public static int columns(int tiles) {
        int narrowest = Math.max(1, (int) Math.ceil(Math.sqrt(tiles)));
        int widest = Math.max(narrowest, (int) Math.ceil(Math.sqrt(tiles * 3.0)));
        int best = widest;
        int fewestEmpty = Integer.MAX_VALUE;
        for (int columns = widest; columns >= narrowest; columns--) {
            int rows = (tiles + columns - 1) / columns;
            int empty = rows * columns - tiles;
            if (empty < fewestEmpty) {
                fewestEmpty = empty;
                best = columns;
            }
        }
        return best;
    }

    /** The feature maps of an image-shaped layer output, map {@code c} at tile {@code c} (row by row). */
    public static ArgbImage of(LayerOutput layer) {
        int h = layer.shape().height();
        int w = layer.shape().width();
        float[] values = layer.values();
        return tiles(values, layer.shape().channels(), h, w, ColorMap.forRange(min(values), max(values)), min(values), max(values));
    }

    /**
     * A convolution's kernels, one tile per (kernel, input channel), always on the diverging map centred
     * on zero: purple weights subtract, orange weights add, white ones ignore their pixel.
     */
    public static ArgbImage of(KernelSnapshot kernels) {
        float[] weights = kernels.weights();
        double scale = Math.max(Math.abs(min(weights)), Math.abs(max(weights)));
        return tiles(weights, kernels.filters() * kernels.channels(), kernels.size(), kernels.size(), ColorMap.PURPLE_ORANGE,
                -scale, scale);
    }

    /** A single plane (an input image), gray from 0 (black) to 1 (white). */
    public static ArgbImage gray(float[] values, int height, int width) {
        int[] pixels = new int[height * width];
        ColorMap.GRAY.render(values, 0, height * width, 0, 1, pixels);
        return new ArgbImage(width, height, pixels);
    }

    private static ArgbImage tiles(float[] values, int count, int h, int w, ColorMap map, double min, double max) {
        int columns = columns(count);
        int rows = (count + columns - 1) / columns;
        int width = columns * w + (columns - 1);
        int height = rows * h + (rows - 1);
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, GAP_ARGB);
        int[] row = new int[w];
        for (int t = 0; t < count; t++) {
            int x0 = (t % columns) * (w + 1);
            int y0 = (t / columns) * (h + 1);
            for (int y = 0; y < h; y++) {
                map.render(values, (t * h + y) * w, w, min, max, row);
                System.arraycopy(row, 0, pixels, (y0 + y) * width + x0, w);
            }
        }
        return new ArgbImage(width, height, pixels);
    }

    static float min(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
        }
        return values.length == 0 ? 0 : min;
    }

    static float max(float[] values) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return values.length == 0 ? 0 : max;
    }
}
