package org.cnnlab.imaging;

import org.cnnlab.engine.FloatPlanes;

/**
 * The per-pixel difference {@code first − second} between two grayscale methods applied to one
 * image, in the units of the input (0–255 for {@link ImageTensors#rgb255}).
 *
 * @param difference one plane, signed
 * @param maxAbs     largest {@code |first − second|} over all pixels
 */
public record GrayscaleDifference(Grayscale first, Grayscale second, FloatPlanes difference, double maxAbs) {
}
