package org.cnnlab.ui.imagelab;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.Grayscale;
import org.cnnlab.imaging.GrayscaleDifference;
import org.cnnlab.imaging.ImageTensors;

/**
 * One image turned gray three ways ({@link Grayscale#LUMA_601}, {@link Grayscale#BT709},
 * {@link Grayscale#MEAN}, in 0–255 units) and the pixel-wise differences between each pair of
 * methods, {@code first − second}, with the largest absolute difference.
 *
 * @param planes      one gray plane per method
 * @param differences the three pairs: 601 − 709, 601 − mean, 709 − mean
 */
public record GrayscaleSet(Map<Grayscale, FloatPlanes> planes, List<GrayscaleDifference> differences) {

    public GrayscaleSet {
        planes = Map.copyOf(planes);
        differences = List.copyOf(differences);
    }

    /** Computes all three conversions and their differences; a gray image stays as it is (all differences 0). */
    public static GrayscaleSet of(DecodedImage image) {
        Map<Grayscale, FloatPlanes> planes = new EnumMap<>(Grayscale.class);
        for (Grayscale method : Grayscale.values()) {
            planes.put(method, ImageTensors.gray255(image, method));
        }
        List<GrayscaleDifference> differences = new ArrayList<>();
        Grayscale[][] pairs = {{Grayscale.LUMA_601, Grayscale.BT709}, {Grayscale.LUMA_601, Grayscale.MEAN},
            {Grayscale.BT709, Grayscale.MEAN}};
        FloatPlanes rgb = image.order().isGray() ? null : ImageTensors.rgb255(image);
        for (Grayscale[] pair : pairs) {
            if (rgb == null) {
                FloatPlanes zero = FloatPlanes.zeros(1, image.height(), image.width());
                differences.add(new GrayscaleDifference(pair[0], pair[1], zero, 0));
            } else {
                differences.add(Grayscale.difference(rgb, pair[0], pair[1]));
            }
        }
        return new GrayscaleSet(planes, differences);
    }

    public FloatPlanes plane(Grayscale method) {
        return planes.get(method);
    }

    /** The difference {@code first − second}, in either order of the arguments (the sign follows the stored pair). */
    public GrayscaleDifference difference(Grayscale first, Grayscale second) {
        return differences.stream()
                .filter(d -> d.first() == first && d.second() == second || d.first() == second && d.second() == first)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no difference of " + first + " and " + second));
    }
}
