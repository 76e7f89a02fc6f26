package org.cnnlab.ui.controls;

import java.util.ArrayList;
import java.util.List;
import org.cnnlab.engine.Kernel;

/**
 * Reads a whole kernel pasted from the clipboard: rows on separate lines (or separated by
 * {@code ;}), values separated by tabs (spreadsheets), commas or spaces. Brackets as in
 * {@code [[1,0,-1],[1,0,-1],[1,0,-1]]} (NumPy, Python) are accepted too. Every value goes through
 * {@link KernelCellParser}, so the same rules and messages apply as when typing.
 */
public final class KernelTextParser {

    private KernelTextParser() {
    }

    /** The kernel in {@code text}; throws {@link IllegalArgumentException} with a human message. */
    public static Kernel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the clipboard holds no text; copy rows of numbers first");
        }
        String normalised = text.strip();
        if (normalised.startsWith("[")) {
            normalised = normalised.replaceAll("\\]\\s*,\\s*\\[", "\n").replaceAll("[\\[\\]]", "");
        }
        String[] lines = normalised.split("\\s*(;|\\R)\\s*");
        List<float[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.contains("\t") ? line.strip().split("\\s*\\t\\s*") : line.strip().split("[,\\s]+");
            float[] row = new float[cells.length];
            for (int c = 0; c < cells.length; c++) {
                CellValue value = KernelCellParser.parse(cells[c]);
                if (!value.isValid()) {
                    throw new IllegalArgumentException("row " + (rows.size() + 1) + ", column " + (c + 1) + ": "
                            + value.problem());
                }
                row[c] = value.value();
            }
            rows.add(row);
        }
        int height = rows.size();
        int width = rows.get(0).length;
        for (int r = 0; r < height; r++) {
            if (rows.get(r).length != width) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + rows.get(r).length
                        + " values but row 1 has " + width + "; every row needs the same number of values");
            }
        }
        if (height > Kernel.MAX_SIZE || width > Kernel.MAX_SIZE) {
            throw new IllegalArgumentException("the pasted kernel is " + height + "x" + width + "; the largest is "
                    + Kernel.MAX_SIZE + "x" + Kernel.MAX_SIZE);
        }
        return Kernel.of(rows.toArray(float[][]::new));
    }
}
