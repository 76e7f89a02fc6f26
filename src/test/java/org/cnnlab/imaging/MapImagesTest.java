package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.engine.FloatPlanes;
import org.junit.jupiter.api.Test;

class MapImagesTest {

    @Test
    void planesSitSideBySideWithAWhiteGap() {
        FloatPlanes map = FloatPlanes.wrap(2, 2, 3, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});

        MapImages.Strip strip = MapImages.render(map);

        assertThat(strip.width()).isEqualTo(2 * 3 + MapImages.GAP);
        assertThat(strip.height()).isEqualTo(2);
        for (int y = 0; y < strip.height(); y++) {
            for (int x = 3; x < 3 + MapImages.GAP; x++) {
                assertThat(strip.argb()[y * strip.width() + x]).isEqualTo(0xffffffff);
            }
        }
    }

    @Test
    void planesShareOneRangeSoEqualValuesGetEqualColours() {
        FloatPlanes map = FloatPlanes.wrap(2, 1, 2, new float[] {0, 5, 5, 9});

        MapImages.Strip strip = MapImages.render(map);

        int secondPlaneStart = 2 + MapImages.GAP;
        assertThat(strip.argb()[1]).isEqualTo(strip.argb()[secondPlaneStart]);
        assertThat(strip.argb()[0]).isNotEqualTo(strip.argb()[secondPlaneStart + 1]);
    }
}
