package org.cnnlab.ui.controls;

/**
 * A rendered picture as opaque ARGB pixels, row-major ({@code pixels[y * width + x]}), ready to be
 * written as a PNG; the array belongs to the holder.
 */
public record ArgbImage(int width, int height, int[] pixels) {
    public ArgbImage {
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException("an image of " + width + "x" + height + " needs " + ((long) width * height)
                    + " pixels, got " + pixels.length);
        }
    }
}
