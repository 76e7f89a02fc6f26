package org.cnnlab.services;

import java.io.IOException;
import java.nio.file.Path;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.ColorMap;
import org.cnnlab.imaging.PngExport;

/**
 * Feature maps as pictures: every plane rendered with the colour map its range calls for
 * (diverging around zero for signed maps, viridis otherwise), planes side by side with a gap.
 */
public final class MapImages {
    private static final int GAP = 4;

    private MapImages() {
    }

    /** Renders all planes of {@code map} with one shared range, left to right, as opaque ARGB. */
    public static int[] render(FloatPlanes map, int[] widthOut) {
        MapStats all = MapStats.ofAll(map);
        ColorMap colors = ColorMap.forRange(all.min(), all.max());
        int width = map.channels() * map.width() + (map.channels() - 1) * GAP;
        int[] argb = new int[width * map.height()];
        java.util.Arrays.fill(argb, 0xffffffff);
        int[] row = new int[map.width()];
        for (int c = 0; c < map.channels(); c++) {
            for (int y = 0; y < map.height(); y++) {
                colors.render(map.data(), map.planeOffset(c) + y * map.width(), map.width(), all.min(), all.max(), row);
                System.arraycopy(row, 0, argb, y * width + c * (map.width() + GAP), map.width());
            }
        }
        widthOut[0] = width;
        return argb;
    }

    public static void writePng(FloatPlanes map, Path file) throws IOException {
        int[] width = new int[1];
        int[] argb = render(map, width);
        PngExport.writePng(argb, width[0], map.height(), file);
    }
}
