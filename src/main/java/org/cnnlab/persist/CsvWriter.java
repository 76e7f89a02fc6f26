package org.cnnlab.persist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cnnlab.engine.FloatPlanes;

/**
 * Writes one plane of a feature map as CSV: one line per row, values separated by commas, with a
 * decimal point whatever the locale (so a spreadsheet in any language reads the same numbers).
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static void write(FloatPlanes map, int channel, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            float[] data = map.data();
            int offset = map.planeOffset(channel);
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    if (x > 0) {
                        w.write(',');
                    }
                    w.write(Float.toString(data[offset + y * map.width() + x]));
                }
                w.write('\n');
            }
            w.flush();
        });
    }
}
