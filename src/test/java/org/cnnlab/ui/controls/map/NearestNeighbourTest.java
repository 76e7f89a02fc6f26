package org.cnnlab.ui.controls.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NearestNeighbourTest {
    private static final int BLACK = 0xff000000;
    private static final int WHITE = 0xffffffff;
    private static final int BACKGROUND = 0xff336699;

    private static SampledRegion checkerboard(int side) {
        int[] argb = new int[side * side];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i / side + i % side) % 2 == 0 ? BLACK : WHITE;
        }
        return new SampledRegion(new PixelRect(0, 0, side, side), 1, argb);
    }

    private static Set<Integer> colours(int[] pixels) {
        return Arrays.stream(pixels).boxed().collect(Collectors.toSet());
    }

    @Test
    void aCheckerboardAtEightTimesBecomesEightByEightSquaresOfOneColour() {
        int[] screen = new int[64 * 64];
        NearestNeighbour.resample(checkerboard(8), new Viewport(8, 0, 0), 64, 64, screen, BACKGROUND);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                assertThat(screen[y * 64 + x]).isEqualTo((y / 8 + x / 8) % 2 == 0 ? BLACK : WHITE);
            }
        }
    }

    @Test
    void aFractionalZoomAndOriginStillGiveOnlyTheImagesColoursAndTheBackground() {
        int[] screen = new int[300 * 200];
        NearestNeighbour.resample(checkerboard(32), new Viewport(6.37, 13.4, -20.75), 300, 200, screen, BACKGROUND);
        assertThat(colours(screen)).containsExactlyInAnyOrder(BLACK, WHITE, BACKGROUND);
    }

    @Test
    void screenPixelsWhoseCentreIsOutsideTheImageShowTheBackground() {
        int[] screen = new int[20 * 20];
        NearestNeighbour.resample(checkerboard(2), new Viewport(5, 4.6, 4.6), 20, 20, screen, BACKGROUND);
        // the image spans 4.6 .. 14.6: centres 4.5 and 15.5 are outside, 5.5 and 14.5 inside
        assertThat(screen[4 * 20 + 4]).isEqualTo(BACKGROUND);
        assertThat(screen[5 * 20 + 5]).isEqualTo(BLACK);
        assertThat(screen[14 * 20 + 14]).isEqualTo(BLACK);
        assertThat(screen[15 * 20 + 15]).isEqualTo(BACKGROUND);
        assertThat(screen[13 * 20 + 5]).isEqualTo(WHITE);
    }

    @Test
    void aDecimatedRegionShowsEachSampleForTheStepOfPixelsItStandsFor() {
        // 4x4 image sampled every 2 pixels: samples at (0,0), (0,2), (2,0), (2,2)
        int[] samples = {1, 2, 3, 4};
        SampledRegion region = new SampledRegion(new PixelRect(0, 0, 4, 4), 2, samples);
        int[] screen = new int[4 * 4];
        NearestNeighbour.resample(region, new Viewport(1, 0, 0), 4, 4, screen, BACKGROUND);
        assertThat(screen).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
    }
}
