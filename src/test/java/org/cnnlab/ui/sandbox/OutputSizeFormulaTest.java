package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ConvGeometry;
import org.cnnlab.engine.Padding;
import org.junit.jupiter.api.Test;

class OutputSizeFormulaTest {

    @Test
    void evenKernelWithSamePaddingShowsBothSidesOfThePadding() {
        ConvGeometry g = new ConvGeometry(Padding.same(2, 2, 1), BorderMode.ZERO, 1, 1);
        assertThat(OutputSizeFormula.text(10, 10, 2, 2, g)).isEqualTo("height and width: floor((10 + 0 + 1 − 2) / 1) + 1 = 10");
    }

    @Test
    void dilationIsWrittenAsTheEffectiveKernelSize() {
        ConvGeometry g = new ConvGeometry(Padding.valid(), BorderMode.ZERO, 1, 2);
        // effective size 2·(3 − 1) + 1 = 5, so 9 − 5 + 1 = 5
        assertThat(OutputSizeFormula.text(9, 12, 3, 3, g)).isEqualTo(
                "height: floor((9 + 2·0 − (2·(3 − 1) + 1)) / 1) + 1 = 5\nwidth: floor((12 + 2·0 − (2·(3 − 1) + 1)) / 1) + 1 = 8");
    }

    @Test
    void brightnessEffectNamesWhatTheSumDoes() {
        assertThat(OutputSizeFormula.brightnessEffect(0)).contains("flat areas become 0");
        assertThat(OutputSizeFormula.brightnessEffect(1)).contains("keep their brightness");
        assertThat(OutputSizeFormula.brightnessEffect(2)).contains("2 times brighter");
        assertThat(OutputSizeFormula.brightnessEffect(-1)).contains("inverted");
    }
}
