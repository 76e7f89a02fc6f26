package org.cnnlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.training.data.DigitPreprocessor;

/**
 * Makes any grayscale picture look like a sample of MNIST or Fashion-MNIST: a bright object on a
 * black background, 28x28, values 0–1 ({@code gray / 255}). A picture whose mean gray is above
 * 127 (dark on light, as ink on paper) is inverted ({@code 255 - gray}) first. A 28x28 picture is
 * then used as it is; any other size goes through {@link DigitPreprocessor} (crop to the ink, fit
 * into 20x20 keeping the aspect ratio, centre by centre of mass).
 *
 * @param pixels 784 row-major values 0–1
 * @param steps  what was done, one sentence each, for the user
 */
record ModelInputImage(float[] pixels, List<String> steps) {
    /** Side of the images both datasets hold. */
    static final int SIDE = DigitPreprocessor.FIELD;
    private static final float INK_THRESHOLD = 0.05f;

    /** @param gray255 one plane, values 0–255 */
    static ModelInputImage from(FloatPlanes gray255) {
        int width = gray255.width();
        int height = gray255.height();
        float[] values = gray255.copy().data();
        List<String> steps = new ArrayList<>();
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        boolean invert = mean > 127;
        if (invert) {
            steps.add(String.format(Locale.ROOT, "It is dark on light (mean gray %.0f of 255), so it was inverted:"
                    + " the datasets hold bright shapes on black.", mean));
        }
        for (int i = 0; i < values.length; i++) {
            float v = Math.max(0f, Math.min(255f, values[i]));
            values[i] = (invert ? 255f - v : v) / 255f;
        }
        if (width == SIDE && height == SIDE) {
            steps.add("It is already 28x28, so it was used as it is.");
            return new ModelInputImage(values, List.copyOf(steps));
        }
        steps.add("It was cropped to its ink, scaled into 20x20 and centred in 28x28, as MNIST's digits were made.");
        return new ModelInputImage(new DigitPreprocessor(INK_THRESHOLD).preprocess(values, width, height), List.copyOf(steps));
    }
}
