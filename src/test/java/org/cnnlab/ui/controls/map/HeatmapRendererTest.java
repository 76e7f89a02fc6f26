package org.cnnlab.ui.controls.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.ui.controls.map.HeatmapRenderer.Tone;
import org.junit.jupiter.api.Test;

class HeatmapRendererTest {
    private static final FloatPlanes DIM = FloatPlanes.of2d(new float[][] {{0, 10}, {5, 10}});

    private static HeatmapRenderer renderer(FloatPlanes planes, int channel, Tone tone) {
        MapStats stats = channel < 0 ? MapStats.ofAll(planes) : MapStats.of(planes, channel);
        return new HeatmapRenderer(planes, channel, stats, tone);
    }

    @Test
    void asAnImageZeroAndTenAreBothNearlyBlack() {
        int[] argb = renderer(DIM, 0, Tone.IMAGE).renderAll();
        assertThat(argb).containsExactly(0xff000000, 0xff0a0a0a, 0xff050505, 0xff0a0a0a);
    }

    @Test
    void contrastStretchMakesTheSmallestValueBlackAndTheLargestWhite() {
        HeatmapRenderer stretched = renderer(DIM, 0, Tone.STRETCHED);
        assertThat(stretched.renderAll()).containsExactly(0xff000000, 0xffffffff, 0xff808080, 0xffffffff);
        assertThat(stretched.barLow()).isEqualTo(0);
        assertThat(stretched.barHigh()).isEqualTo(10);
    }

    @Test
    void aFlatImageCannotBeStretchedAndKeepsItsZeroTo255Tone() {
        HeatmapRenderer flat = renderer(FloatPlanes.of2d(new float[][] {{200, 200}}), 0, Tone.STRETCHED);
        assertThat(flat.tone()).isEqualTo(Tone.IMAGE);
        assertThat(flat.colorOf(0, 0)).isEqualTo(0xffc8c8c8);
    }

    @Test
    void theImageToneCutsValuesOutside0To255() {
        HeatmapRenderer image = renderer(FloatPlanes.of2d(new float[][] {{-300, 400}}), 0, Tone.IMAGE);
        assertThat(image.renderAll()).containsExactly(0xff000000, 0xffffffff);
        assertThat(image.barHigh()).isEqualTo(255);
    }

    @Test
    void aSignedHeatmapPutsZeroOnTheDivergingMapsWhite() {
        HeatmapRenderer heat = renderer(FloatPlanes.of2d(new float[][] {{-300, 0}, {100, 400}}), 0, Tone.HEATMAP);
        assertThat(heat.colorOf(0, 1) & 0xffffff).isEqualTo(0xf7f7f7);
        assertThat(heat.barLow()).isEqualTo(-300);
        assertThat(heat.barColor(0)).isEqualTo(heat.colorOf(0, 0));
        assertThat(heat.barColor(1)).isEqualTo(heat.colorOf(1, 1));
    }

    @Test
    void aColourImageIsStretchedOverTheRangeOfAllItsChannels() {
        FloatPlanes rgb = FloatPlanes.wrap(3, 1, 2, new float[] {0, 10, 5, 10, 0, 0});
        assertThat(renderer(rgb, -1, Tone.IMAGE).colorOf(0, 1)).isEqualTo(0xff0a0a00);
        assertThat(renderer(rgb, -1, Tone.STRETCHED).colorOf(0, 1)).isEqualTo(0xffffff00);
        assertThat(renderer(rgb, -1, Tone.HEATMAP).tone()).isEqualTo(Tone.IMAGE);
    }

    @Test
    void aDecimatedRegionHoldsTheColoursOfItsSampledPixels() {
        FloatPlanes ramp = FloatPlanes.wrap(1, 1, 6, new float[] {0, 1, 2, 3, 4, 5});
        HeatmapRenderer heat = renderer(ramp, 0, Tone.HEATMAP);
        int[] samples = new int[2];
        heat.render(new SampledRegion(new PixelRect(1, 0, 5, 1), 2, samples));
        assertThat(samples).containsExactly(heat.colorOf(0, 1), heat.colorOf(0, 3));
    }
}
