package org.cnnlab.ui.controls.map;

import java.util.List;

/**
 * A number written into a zoomed pixel: the pixel {@code (row, column)}, the screen point its
 * lines are centred on, the lines themselves (one value, or R, G and B of a colour pixel), and
 * whether the pixel is dark, so that the text is drawn light on it (and dark on a light pixel).
 */
public record CellLabel(int row, int column, double centreX, double centreY, List<String> lines, boolean onDarkCell) {

    public CellLabel {
        lines = List.copyOf(lines);
    }

    /** The lines joined by spaces, for messages and tests. */
    public String text() {
        return String.join(" ", lines);
    }
}
