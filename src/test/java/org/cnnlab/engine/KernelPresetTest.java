package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelPresetTest {

    @ParameterizedTest
    @EnumSource(KernelPreset.class)
    void everyPresetHasAnExplanationAndAnIdThatFindsIt(KernelPreset preset) {
        assertThat(preset.explanation()).isNotBlank();
        assertThat(KernelPreset.fromId(preset.id())).isSameAs(preset);
    }

    @Test
    void blursKeepBrightnessAndEdgeDetectorsRemoveIt() {
        assertThat(KernelPreset.BOX_BLUR.kernel().sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(KernelPreset.GAUSSIAN_5.kernel().sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(KernelPreset.MOTION_BLUR.kernel().sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(KernelPreset.SOBEL_X.kernel().sum()).isZero();
        assertThat(KernelPreset.LAPLACIAN_8.kernel().sum()).isZero();
    }

    @Test
    void gaussianFiveHasTheBinomialCentreWeight() {
        assertThat(KernelPreset.GAUSSIAN_5.kernel().get(2, 2)).isEqualTo(36f / 256f);
    }

    @Test
    void lineFiltersAreAColumnOrRowOfOnesInTheMiddle() {
        Kernel v = KernelPreset.VERTICAL_LINE_7.kernel();
        assertThat(v.height()).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(v.get(i, 3)).isEqualTo(1f);
        }
        assertThat(v.sum()).isEqualTo(7.0);
        assertThat(KernelPreset.HORIZONTAL_LINE_7.kernel()).isEqualTo(v.transposed());
    }

    @Test
    void sobelYIsSobelXTransposed() {
        assertThat(KernelPreset.SOBEL_Y.kernel()).isEqualTo(KernelPreset.SOBEL_X.kernel().transposed());
    }

    @Test
    void unknownIdsListTheKnownOnes() {
        assertThatThrownBy(() -> KernelPreset.fromId("blurry")).hasMessageContaining("sobel-x");
    }
}
