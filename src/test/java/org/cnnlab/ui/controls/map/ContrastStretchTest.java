package org.cnnlab.ui.controls.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastStretchTest {

    @Test
    void theDarkestValueBecomesBlackAndTheBrightestWhite() {
        int[] dim = {0xff000000, 0xff0a0a0a, 0xff050505};
        assertThat(ContrastStretch.apply(dim, new int[3])).containsExactly(0xff000000, 0xffffffff, 0xff808080);
    }

    @Test
    void oneStretchForAllChannelsKeepsTheHueAndTheAlpha() {
        int[] pixels = {0x800a0000, 0xff000014};
        assertThat(ContrastStretch.apply(pixels, new int[2])).containsExactly(0x80800000, 0xff0000ff);
    }

    @Test
    void anImageOfOneValueIsLeftAsItIs() {
        int[] flat = {0xff646464, 0xff646464};
        assertThat(ContrastStretch.apply(flat, new int[2])).containsExactly(0xff646464, 0xff646464);
    }
}
