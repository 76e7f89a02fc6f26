package org.cnnlab.ui.studio.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.imaging.ColorMap;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.LayerPadding;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.TensorShape;
import org.cnnlab.ui.controls.ArgbImage;
import org.junit.jupiter.api.Test;

class MosaicTest {
    @Test
    void tilesAreLaidOutWideWithoutEmptyPlacesWhenPossible() {
        assertThat(Mosaic.columns(1)).isEqualTo(1);
        assertThat(Mosaic.columns(6)).isEqualTo(3);
        assertThat(Mosaic.columns(16)).isEqualTo(4);
        assertThat(Mosaic.columns(32)).isEqualTo(8);
        assertThat(Mosaic.columns(64)).isEqualTo(8);
    }

    @Test
    void featureMapsShareOneScaleWithAGapBetweenTiles() {
        // two 2x2 maps, both non-negative: viridis from 0 (darkest) to 4 (brightest)
        float[] values = {0, 1, 2, 3, 4, 4, 4, 4};
        LayerOutput layer = new LayerOutput("conv2d", new LayerSpec.Conv(2, 3, 1, LayerPadding.VALID, LayerActivation.RELU),
                TensorShape.image(2, 2, 2), values);
        ArgbImage image = Mosaic.of(layer);
        assertThat(image.width()).isEqualTo(2 + 1 + 2);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.pixels()[0]).isEqualTo(ColorMap.VIRIDIS.colorAt(0));
        assertThat(image.pixels()[2]).isEqualTo(Mosaic.GAP_ARGB);
        assertThat(image.pixels()[3]).isEqualTo(ColorMap.VIRIDIS.colorAt(1));
        assertThat(image.pixels()[1]).isEqualTo(ColorMap.VIRIDIS.colorAt(0.25));
    }

    @Test
    void kernelsAreDrawnCentredOnZero() {
        float[] weights = {-2, 0, 1, 2};
        ArgbImage image = Mosaic.of(new KernelSnapshot("conv2d", 1, 1, 2, weights, new float[1]));
        assertThat(image.pixels()[0]).isEqualTo(ColorMap.PURPLE_ORANGE.colorAt(0));
        assertThat(image.pixels()[1]).isEqualTo(ColorMap.PURPLE_ORANGE.colorAt(0.5));
        assertThat(image.pixels()[2]).isEqualTo(ColorMap.PURPLE_ORANGE.colorAt(0.75));
        assertThat(image.pixels()[3]).isEqualTo(ColorMap.PURPLE_ORANGE.colorAt(1));
    }
}
