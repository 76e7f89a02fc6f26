package org.cnnlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void numbersAreWrittenWithoutTrailingZerosAndWithAPoint() {
        assertThat(NumberText.format(30, 4)).isEqualTo("30");
        assertThat(NumberText.format(-0.0625, 4)).isEqualTo("-0.0625");
        assertThat(NumberText.format(1.0 / 9, 4)).isEqualTo("0.1111");
        assertThat(NumberText.format(-0.00001, 2)).isEqualTo("0");
        assertThat(NumberText.format(0.046, 1)).isEqualTo("0.05");
        assertThat(NumberText.format(0.00001234, 4)).isEqualTo("1.23e-05");
    }

    @Test
    void compactRangeEndsKeepAboutFourSignificantDigits() {
        assertThat(NumberText.compact(2068.343)).isEqualTo("2068");
        assertThat(NumberText.compact(-466.71)).isEqualTo("-466.7");
        assertThat(NumberText.compact(84.517)).isEqualTo("84.52");
        assertThat(NumberText.compact(0.03125)).isEqualTo("0.031");
    }
}
