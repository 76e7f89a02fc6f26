package org.cnnlab.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {
    private final DigitPreprocessor preprocessor = new DigitPreprocessor(0.05f);

    private static float[] canvasWithRectangle(int size, int left, int top, int width, int height) {
        float[] canvas = new float[size * size];
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                canvas[y * size + x] = 1f;
            }
        }
        return canvas;
    }

    @Test
    void anOffCentreBarIsScaledToTwentyPixelsAndCentredByItsMass() {
        // 30x60 bar in the top-left corner -> 10x20 box of ink; its centre of mass (4.5, 9.5)
        // moves to (13.5, 13.5): columns 9..18, rows 4..23.
        float[] digit = preprocessor.preprocess(canvasWithRectangle(200, 10, 10, 30, 60), 200, 200);

        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                boolean inside = x >= 9 && x <= 18 && y >= 4 && y <= 23;
                assertThat(digit[y * 28 + x]).as("(%d, %d)", x, y).isEqualTo(inside ? 1f : 0f);
            }
        }
    }

    @Test
    void whereTheDigitWasDrawnDoesNotMatter() {
        float[] cornerL = canvasWithRectangle(120, 5, 5, 8, 40);
        float[] middleL = canvasWithRectangle(120, 60, 50, 8, 40);
        for (int x = 5; x < 30; x++) {
            for (int y = 37; y < 45; y++) {
                cornerL[y * 120 + x] = 1f;
                middleL[(y + 45) * 120 + x + 55] = 1f;
            }
        }
        assertThat(preprocessor.preprocess(cornerL, 120, 120)).containsExactly(preprocessor.preprocess(middleL, 120, 120));
    }

    @Test
    void theCentreOfMassOfAnLShapedDigitEndsNearTheMiddle() {
        float[] canvas = canvasWithRectangle(100, 20, 10, 10, 70);
        for (int y = 70; y < 80; y++) {
            for (int x = 20; x < 70; x++) {
                canvas[y * 100 + x] = 1f;
            }
        }
        float[] digit = preprocessor.preprocess(canvas, 100, 100);
        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < digit.length; i++) {
            mass += digit[i];
            sumX += (i % 28) * digit[i];
            sumY += (i / 28) * digit[i];
        }
        assertThat(sumX / mass).isCloseTo(13.5, within(0.5));
        assertThat(sumY / mass).isCloseTo(13.5, within(0.5));
    }

    @Test
    void aThinDiagonalStrokeIsAntiAliasedNotDropped() {
        float[] canvas = new float[100 * 100];
        for (int i = 0; i < 100; i++) {
            canvas[i * 100 + i] = 1f;
        }
        float[] digit = preprocessor.preprocess(canvas, 100, 100);
        double ink = 0;
        int partial = 0;
        for (float value : digit) {
            ink += value;
            if (value > 0 && value < 1) {
                partial++;
            }
        }
        // 100 ink pixels averaged over 5x5 blocks: 20 output pixels of 5/25 each, 4.0 in total.
        assertThat(ink).isCloseTo(4.0, within(1e-4));
        assertThat(partial).isEqualTo(20);
    }

    @Test
    void anEmptyCanvasGivesAnEmptyImageAndABadSizeIsRefused() {
        assertThat(preprocessor.preprocess(new float[50 * 40], 50, 40)).hasSize(784).containsOnly(0f);
        assertThatThrownBy(() -> preprocessor.preprocess(new float[10], 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
