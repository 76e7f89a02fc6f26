package org.cnnlab.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;

/**
 * Feature maps as pictures: every plane rendered with the colour map its range calls for
 * (diverging around zero for signed maps, viridis otherwise), planes side by side with a
 * {@value #GAP}-pixel white gap. All planes share one range, so their colours compare.
 */
public final class MapImages {
    /** Pixels of white between two planes. */
    public static final int GAP = 4;

    /**
     * A rendered strip of planes.
     *
     * @param argb   opaque ARGB pixels, row by row
     * @param width  {@code channels * planeWidth + (channels - 1) * GAP}
     * @param height the planes' height
     */
    public record Strip(int[] argb, int width, int height) {
    }

    private MapImages() {
    }

    /** Renders all planes of {@code map} with one shared range, left to right. */
    public static Strip render(FloatPlanes map) {
        MapStats all = MapStats.ofAll(map);
        ColorMap colors = ColorMap.forRange(all.min(), all.max());
        int width = map.channels() * map.width() + (map.channels() - 1) * GAP;
        int[] argb = new int[width * map.height()];
        Arrays.fill(argb, 0xffffffff);
        int[] row = new int[map.width()];
        for (int c = 0; c < map.channels(); c++) {
            for (int y = 0; y < map.height(); y++) {
                colors.render(map.data(), map.planeOffset(c) + y * map.width(), map.width(), all.min(), all.max(), row);
                System.arraycopy(row, 0, argb, y * width + c * (map.width() + GAP), map.width());
            }
        }
        return new Strip(argb, width, map.height());
    }

    /** Writes {@link #render(FloatPlanes)} of {@code map} to {@code file} as a PNG. */
    public static void writePng(FloatPlanes map, Path file) throws IOException {
        Strip strip = render(map);
        PngExport.writePng(strip.argb(), strip.width(), strip.height(), file);
    }
}
