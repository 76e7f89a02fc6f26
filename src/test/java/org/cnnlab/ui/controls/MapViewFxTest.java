package org.cnnlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.testsupport.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
@FxTest
class MapViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private MapView view;

    @Start
    void start(javafx.stage.Stage stage) {
        view = new MapView("test");
        stage.setScene(new Scene(view, 400, 500));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(400);
        stage.setHeight(500);
        stage.show();
    }

    private static FloatPlanes signedMap() {
        return FloatPlanes.of2d(new float[][] {{-300, 0}, {100, 400}});
    }

    @Test
    void signedMapsUseTheDivergingMapWithWhiteAtZero(FxRobot robot) {
        robot.interact(() -> view.show(signedMap(), 0));
        ArgbImage image = view.renderedImage();
        // zero sits in the middle of the purple–orange map, which is near white (#f7f7f7)
        assertThat(image.pixels()[1] & 0xffffff).isEqualTo(0xf7f7f7);
        assertThat(view.stats().min()).isEqualTo(-300f);
        assertThat(view.stats().max()).isEqualTo(400f);
    }

    @Test
    void clampingShowsTheMapAsAnImageEditorWould(FxRobot robot) {
        robot.interact(() -> {
            view.show(signedMap(), 0);
            view.clampProperty().set(true);
        });
        int[] px = view.renderedImage().pixels();
        assertThat(px[0]).isEqualTo(0xff000000);
        assertThat(px[1]).isEqualTo(0xff000000);
        assertThat(px[2]).isEqualTo(0xff646464);
        assertThat(px[3]).isEqualTo(0xffffffff);
    }

    @Test
    void valuesAreWrittenOnlyWhenZoomedInFarEnough(FxRobot robot) {
        FloatPlanes big = FloatPlanes.zeros(1, 300, 300);
        robot.interact(() -> view.show(big, 0));
        assertThat(view.showsValues()).isFalse();

        robot.interact(() -> view.zoomTo(60, 150, 150));
        assertThat(view.showsValues()).isTrue();
    }

    @Test
    void aLargeMapIsColourMappedOnlyAtTheResolutionThePanelShows(FxRobot robot) {
        FloatPlanes big = FloatPlanes.zeros(1, 1080, 1920);
        big.set(0, 1079, 1919, 5);
        robot.interact(() -> view.show(big, 0));
        // the panel is far smaller than 1920 pixels, so the display image holds a decimated copy
        assertThat(view.displayImage().getWidth()).isLessThan(1920 / 2.0);
        // export still renders every map pixel
        ArgbImage full = view.renderedImage();
        assertThat(full.width()).isEqualTo(1920);
        assertThat(full.pixels()[1079 * 1920 + 1919]).isNotEqualTo(full.pixels()[0]);
    }

    @Test
    void syncedViewsMarkThePixelHoveredInAnother(FxRobot robot) {
        MapView other = new MapView("other");
        MapView.syncCursors(view, other);
        robot.interact(() -> view.show(FloatPlanes.zeros(1, 4, 4), 0));
        javafx.scene.Node surface = view.lookup(".map-surface");
        javafx.geometry.Bounds b = surface.localToScreen(surface.getBoundsInLocal());
        double side = Math.min(b.getWidth(), b.getHeight());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + (b.getWidth() - side) / 2 + side * 3.5 / 4,
                b.getMinY() + (b.getHeight() - side) / 2 + side * 0.5 / 4));
        assertThat(other.linkedPixelProperty().get()).containsExactly(0, 3);
    }

    @Test
    void scrollingZoomsAroundTheCursor(FxRobot robot) {
        robot.interact(() -> view.show(FloatPlanes.zeros(1, 40, 40), 0));
        double fitted = view.zoom();
        robot.moveTo(view.lookup(".map-surface"));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        assertThat(view.zoom()).isNotEqualTo(fitted);
    }

    @Test
    void sameShapedMapsReuseThePixelBuffers(FxRobot robot) {
        robot.interact(() -> view.show(signedMap(), 0));
        var first = view.displayImage();
        robot.interact(() -> view.show(FloatPlanes.of2d(new float[][] {{1, 2}, {3, 4}}), 0));
        assertThat(view.displayImage()).isSameAs(first);
    }
}
