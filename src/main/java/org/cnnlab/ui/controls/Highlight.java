package org.cnnlab.ui.controls;

/**
 * A rectangle of map pixels a {@link MapView} outlines, in that map's own coordinates, inclusive:
 * the input window of an output pixel, the pixel itself, or a pooling window and its winner.
 * It may reach outside the map (into the padding), where it is drawn as far as it goes.
 */
public record Highlight(int top, int left, int bottom, int right, Kind kind) {

    /** What the outline stands for; each kind has its own colour and line style. */
    public enum Kind {
        /** The pixels a kernel or pool reads. */
        WINDOW,
        /** The pixel that corresponds to the one under the cursor. */
        PIXEL,
        /** The value a max pool picked. */
        WINNER
    }

    public static Highlight pixel(int row, int column, Kind kind) {
        return new Highlight(row, column, row, column, kind);
    }

    public boolean contains(int row, int column) {
        return row >= top && row <= bottom && column >= left && column <= right;
    }
}
