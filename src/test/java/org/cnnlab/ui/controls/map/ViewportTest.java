package org.cnnlab.ui.controls.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final Random RANDOM = new Random(11);

    private static Viewport randomViewport() {
        return new Viewport(0.05 + RANDOM.nextDouble() * 100, RANDOM.nextDouble() * 4000 - 2000, RANDOM.nextDouble() * 4000 - 2000);
    }

    @Test
    void aScreenPointTakenToTheImageAndBackLandsWhereItStarted() {
        for (int i = 0; i < 1000; i++) {
            Viewport v = randomViewport();
            double x = RANDOM.nextDouble() * 3000 - 500;
            double y = RANDOM.nextDouble() * 3000 - 500;
            assertThat(v.screenX(v.imageX(x))).isCloseTo(x, within(1e-6));
            assertThat(v.screenY(v.imageY(y))).isCloseTo(y, within(1e-6));
        }
    }

    @Test
    void fittingShowsEveryPixelOfTheImageInsideTheView() {
        for (int i = 0; i < 1000; i++) {
            int imageWidth = 1 + RANDOM.nextInt(2000);
            int imageHeight = 1 + RANDOM.nextInt(2000);
            double viewWidth = 20 + RANDOM.nextDouble() * 1500;
            double viewHeight = 20 + RANDOM.nextDouble() * 1500;
            Viewport v = Viewport.fit(imageWidth, imageHeight, viewWidth, viewHeight);
            assertThat(v.screenX(0)).isGreaterThanOrEqualTo(-1e-9);
            assertThat(v.screenY(0)).isGreaterThanOrEqualTo(-1e-9);
            assertThat(v.screenX(imageWidth)).isLessThanOrEqualTo(viewWidth + 1e-9);
            assertThat(v.screenY(imageHeight)).isLessThanOrEqualTo(viewHeight + 1e-9);
            assertThat(v.visiblePixels(imageWidth, imageHeight, viewWidth, viewHeight))
                    .isEqualTo(new PixelRect(0, 0, imageWidth, imageHeight));
        }
    }

    @Test
    void fittingAtTwoOrMoreGivesEveryPixelTheSameWholeNumberOfScreenPixels() {
        Viewport v = Viewport.fit(6, 6, 317, 400);
        assertThat(v.scale()).isEqualTo(52);
        assertThat(v.originX()).isEqualTo((317 - 6 * 52) / 2.0);
        assertThat(Viewport.fit(300, 300, 400, 400).scale()).isEqualTo(400 / 300.0);
    }

    @Test
    void zoomingAboutTheCursorKeepsThePixelUnderIt() {
        for (int i = 0; i < 1000; i++) {
            Viewport v = randomViewport();
            double x = RANDOM.nextDouble() * 1000;
            double y = RANDOM.nextDouble() * 1000;
            int[] before = v.pixelAt(x, y, Integer.MAX_VALUE, Integer.MAX_VALUE);
            Viewport zoomed = v.zoomedAbout(x, y, 0.05 + RANDOM.nextDouble() * 100);
            assertThat(zoomed.imageX(x)).isCloseTo(v.imageX(x), within(1e-6));
            assertThat(zoomed.imageY(y)).isCloseTo(v.imageY(y), within(1e-6));
            if (before != null) {
                assertThat(zoomed.columnAt(x)).isEqualTo(v.columnAt(x));
            }
        }
    }

    @Test
    void centringPutsThePixelsCentreInTheMiddleOfTheView() {
        Viewport v = Viewport.centredOn(40, 3, 5, 400, 300);
        assertThat(v.screenX(5.5)).isEqualTo(200);
        assertThat(v.screenY(3.5)).isEqualTo(150);
        assertThat(v.pixelAt(200, 150, 10, 10)).containsExactly(3, 5);
    }

    @Test
    void thePixelUnderAPointIsFoundByRoundingDownAndIsNullOutsideTheImage() {
        Viewport v = new Viewport(10, 5, 5);
        assertThat(v.pixelAt(5, 5, 4, 3)).containsExactly(0, 0);
        assertThat(v.pixelAt(44.9, 34.9, 4, 3)).containsExactly(2, 3);
        assertThat(v.pixelAt(4.9, 20, 4, 3)).isNull();
        assertThat(v.pixelAt(45, 20, 4, 3)).isNull();
        assertThat(v.pixelAt(20, 35, 4, 3)).isNull();
    }

    @Test
    void theVisiblePixelsIncludeThosePartlyInTheViewAndNoOthers() {
        Viewport v = new Viewport(10, -15, -25);
        assertThat(v.visiblePixels(100, 100, 50, 40)).isEqualTo(new PixelRect(1, 2, 7, 7));
        assertThat(new Viewport(10, 500, 500).visiblePixels(10, 10, 100, 100).isEmpty()).isTrue();
    }

    @Test
    void panningMovesTheOriginByTheDrag() {
        Viewport v = new Viewport(3, 10, 20).pannedBy(-4, 6);
        assertThat(v).isEqualTo(new Viewport(3, 6, 26));
    }

    @Test
    void aViewportWithoutAPositiveScaleIsRefused() {
        assertThatThrownBy(() -> new Viewport(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewport(Double.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewport(1, Double.POSITIVE_INFINITY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
