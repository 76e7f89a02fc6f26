package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DecimatedSeriesTest {
    @Test
    void fewPointsAreShownAsTheyAre() {
        DecimatedSeries series = new DecimatedSeries();
        series.add(1, 0.5);
        series.add(2, 0.25);
        assertThat(series.decimated(10)).containsExactly(new ChartPoint(1, 0.5), new ChartPoint(2, 0.25));
    }

    @Test
    void middlePointsBecomeTheMeansOfEqualBuckets() {
        DecimatedSeries series = new DecimatedSeries();
        for (int x = 1; x <= 8; x++) {
            series.add(x, x * 10);
        }
        // 6 middle points (x = 2..7) in 3 buckets of 2: means (2.5, 25), (4.5, 45), (6.5, 65)
        List<ChartPoint> points = series.decimated(5);
        assertThat(points).containsExactly(new ChartPoint(1, 10), new ChartPoint(2.5, 25), new ChartPoint(4.5, 45),
                new ChartPoint(6.5, 65), new ChartPoint(8, 80));
    }

    @Test
    void valuesThatAreNotFiniteAreLeftOut() {
        DecimatedSeries series = new DecimatedSeries();
        series.add(1, Double.NaN);
        series.add(2, 3);
        series.add(3, Double.POSITIVE_INFINITY);
        assertThat(series.size()).isEqualTo(1);
        assertThat(series.decimated(3)).containsExactly(new ChartPoint(2, 3));
    }

    @Property(tries = 60)
    void decimationKeepsAtMostTheLimitAndKeepsTheFirstAndLastPoint(@ForAll @IntRange(min = 1, max = 5000) int count,
            @ForAll @IntRange(min = 3, max = 600) int limit) {
        DecimatedSeries series = new DecimatedSeries();
        for (int i = 0; i < count; i++) {
            series.add(i + 1, Math.sin(i) + i * 0.001);
        }
        List<ChartPoint> points = series.decimated(limit);
        assertThat(points).hasSize(Math.min(count, limit));
        assertThat(points.get(0)).isEqualTo(new ChartPoint(1, Math.sin(0)));
        assertThat(points.get(points.size() - 1)).isEqualTo(new ChartPoint(count, Math.sin(count - 1) + (count - 1) * 0.001));
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).x()).isGreaterThan(points.get(i - 1).x());
        }
    }

    @Test
    void aConstantLineStaysConstantAfterDecimation() {
        DecimatedSeries series = new DecimatedSeries();
        for (int i = 0; i < 10_000; i++) {
            series.add(i, 0.75);
        }
        assertThat(series.decimated(500)).hasSize(500).allSatisfy(p -> assertThat(p.y()).isCloseTo(0.75, within(1e-12)));
    }
}
