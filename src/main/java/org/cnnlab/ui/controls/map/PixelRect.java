package org.cnnlab.ui.controls.map;

/**
 * A rectangle of image pixels: columns {@code left ≤ x < right}, rows {@code top ≤ y < bottom}.
 * Empty when either side is zero.
 */
public record PixelRect(int left, int top, int right, int bottom) {

    public PixelRect {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("a pixel rectangle cannot end before it starts: columns " + left + ".." + right
                    + ", rows " + top + ".." + bottom);
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public boolean isEmpty() {
        return width() == 0 || height() == 0;
    }

    public boolean contains(int row, int column) {
        return row >= top && row < bottom && column >= left && column < right;
    }
}
