package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleGalleryTest {

    @Test
    void aLongFileNameIsBrokenAtTheSeparatorNearestItsMiddle() {
        assertThat(SampleGallery.breakable("chessboard_GRAY_U16.tif")).isEqualTo("chessboard_\nGRAY_U16.tif");
        assertThat(SampleGallery.breakable("checkerboard-1px.png")).isEqualTo("checkerboard-\n1px.png");
    }

    @Test
    void aShortNameStaysOnOneLine() {
        assertThat(SampleGallery.breakable("astronaut.png")).isEqualTo("astronaut.png");
    }

    @Test
    void aLongNameWithoutSeparatorsIsLeftWhole() {
        assertThat(SampleGallery.breakable("averyveryverylongname")).isEqualTo("averyveryverylongname");
    }
}
