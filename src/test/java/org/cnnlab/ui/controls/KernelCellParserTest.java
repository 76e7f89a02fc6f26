package org.cnnlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cnnlab.engine.Kernel;
import org.junit.jupiter.api.Test;

class KernelCellParserTest {

    @Test
    void acceptsPlainNegativeDecimalAndFractionWeights() {
        assertThat(KernelCellParser.parse("1").value()).isEqualTo(1f);
        assertThat(KernelCellParser.parse(" -2 ").value()).isEqualTo(-2f);
        assertThat(KernelCellParser.parse("0.25").value()).isEqualTo(0.25f);
        assertThat(KernelCellParser.parse("1/9").value()).isEqualTo(1f / 9f);
        assertThat(KernelCellParser.parse("−1").value()).isEqualTo(-1f);
    }

    @Test
    void refusesEachKindOfBadCellWithItsOwnReason() {
        assertThat(KernelCellParser.parse("").problem()).contains("empty");
        assertThat(KernelCellParser.parse("NaN").problem()).contains("NaN");
        assertThat(KernelCellParser.parse("Infinity").problem()).contains("infinity");
        assertThat(KernelCellParser.parse("2e7").problem()).contains("too large");
        assertThat(KernelCellParser.parse("abc").problem()).contains("not a number");
        assertThat(KernelCellParser.parse("1/0").problem()).contains("divides by zero");
    }

    @Test
    void decimalCommaIsRefusedWithTheFixInTheMessage() {
        CellValue v = KernelCellParser.parse("1,5");
        assertThat(v.isValid()).isFalse();
        assertThat(v.problem()).contains("decimal comma").contains("type 1.5");
    }

    @Test
    void pastedRowsMayBeTabSpaceCommaOrBracketSeparated() {
        Kernel expected = Kernel.of(new float[][] {{1, 0, -1}, {2, 0, -2}});
        assertThat(KernelTextParser.parse("1\t0\t-1\n2\t0\t-2\n")).isEqualTo(expected);
        assertThat(KernelTextParser.parse("1 0 -1\r\n2  0 -2")).isEqualTo(expected);
        assertThat(KernelTextParser.parse("1,0,-1; 2,0,-2")).isEqualTo(expected);
        assertThat(KernelTextParser.parse("[[1, 0, -1], [2, 0, -2]]")).isEqualTo(expected);
    }

    @Test
    void raggedOrOversizedPasteIsRefusedWithAReason() {
        assertThatThrownBy(() -> KernelTextParser.parse("1 2 3\n4 5")).hasMessageContaining("row 2 has 2 values");
        assertThatThrownBy(() -> KernelTextParser.parse("1 2 3 4 5 6 7 8 9 10 11 12")).hasMessageContaining("largest is 11x11");
        assertThatThrownBy(() -> KernelTextParser.parse("1\tNaN")).hasMessageContaining("column 2");
    }
}
