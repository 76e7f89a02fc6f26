package org.cnnlab.ui.controls.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueLabelsTest {
    private static final PixelRect TWO_BY_TWO = new PixelRect(0, 0, 2, 2);

    private static List<CellLabel> layout(double scale, int colour, ValueLabels.CellText text) {
        return ValueLabels.layout(new Viewport(scale, 0, 0), TWO_BY_TWO, ValueLabels.MINIMUM_CELL, (r, c) -> colour, text);
    }

    @Test
    void pixelsSmallerThanTheMinimumCellGetNoNumbers() {
        assertThat(layout(ValueLabels.MINIMUM_CELL - 1, 0xff000000, (r, c) -> List.of("7"))).isEmpty();
    }

    @Test
    void everyVisiblePixelLargeEnoughGetsItsNumberAtItsCentre() {
        List<CellLabel> labels = layout(40, 0xff000000, (r, c) -> List.of(r + "," + c));
        assertThat(labels).extracting(CellLabel::text).containsExactly("0,0", "0,1", "1,0", "1,1");
        assertThat(labels.get(3).centreX()).isEqualTo(60);
        assertThat(labels.get(3).centreY()).isEqualTo(60);
    }

    @Test
    void textIsLightOnDarkPixelsAndDarkOnLightOnes() {
        assertThat(layout(40, 0xff000000, (r, c) -> List.of("0")).get(0).onDarkCell()).isTrue();
        assertThat(layout(40, 0xffffffff, (r, c) -> List.of("255")).get(0).onDarkCell()).isFalse();
        assertThat(ValueLabels.isDark(0xff440154)).isTrue();
        assertThat(ValueLabels.isDark(0xfffde725)).isFalse();
    }

    @Test
    void aColourPixelsThreeLinesNeedTwiceTheRoom() {
        ValueLabels.CellText rgb = (r, c) -> List.of("255", "0", "0");
        assertThat(layout(40, 0xffff0000, rgb)).isEmpty();
        assertThat(layout(2 * ValueLabels.MINIMUM_CELL, 0xffff0000, rgb)).hasSize(4);
    }
}
