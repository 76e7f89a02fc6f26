package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleGalleryTest {

    @Test
    void aLongFileNameMayWrapAfterEachSeparatorButReadsTheSame() {
        String shown = SampleGallery.breakable("chessboard_GRAY_U16.tif");
        assertThat(shown).isEqualTo("chessboard_\u200BGRAY_\u200BU16.\u200Btif");
        assertThat(shown.replace("\u200B", "")).isEqualTo("chessboard_GRAY_U16.tif");
    }

    @Test
    void aTrailingSeparatorGetsNoBreak() {
        assertThat(SampleGallery.breakable("a-")).isEqualTo("a-");
    }
}
