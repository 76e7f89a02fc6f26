package org.cnnlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.ui.controls.map.CellLabel;
import org.cnnlab.ui.controls.map.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a map view puts on the screen: hard pixels, readable numbers, the theme's colours. */
@ExtendWith(ApplicationExtension.class)
class MapViewRenderingFxTest {
    private static final int BLACK = 0xff000000;
    private static final int WHITE = 0xffffffff;

    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private final String themeBefore = Application.getUserAgentStylesheet();
    private MapView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new MapView("test");
        scene = new Scene(view, 400, 500);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void restoreTheme(FxRobot robot) {
        robot.interact(() -> {
            scene.getStylesheets().clear();
            Application.setUserAgentStylesheet(themeBefore);
        });
    }

    private static FloatPlanes checkerboard(int side) {
        FloatPlanes board = FloatPlanes.zeros(1, side, side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                board.set(0, y, x, (x + y) % 2 == 0 ? 0 : 255);
            }
        }
        return board;
    }

    /** The colours of the surface's screen pixels whose every part shows the map. */
    private Set<Integer> coloursInsideTheMap(FxRobot robot) {
        Node surface = view.lookup(".map-surface");
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = surface.snapshot(null, null));
        WritableImage shot = holder[0];
        Viewport viewport = view.viewport();
        int left = (int) Math.max(0, Math.ceil(viewport.screenX(0)));
        int top = (int) Math.max(0, Math.ceil(viewport.screenY(0)));
        int right = (int) Math.min(shot.getWidth(), Math.floor(viewport.screenX(view.mapWidth())));
        int bottom = (int) Math.min(shot.getHeight(), Math.floor(viewport.screenY(view.mapHeight())));
        assertThat(right - left).isGreaterThan(100);
        assertThat(bottom - top).isGreaterThan(100);
        Set<Integer> colours = new HashSet<>();
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                colours.add(shot.getPixelReader().getArgb(x, y));
            }
        }
        return colours;
    }

    private void showZoomedCheckerboard(FxRobot robot, double zoom) {
        robot.interact(() -> {
            view.setImageMode(true);
            view.valuesShownProperty().set(false);
            view.show(checkerboard(32), 0);
            view.hover(null);
            view.zoomTo(zoom, 16, 16);
        });
    }

    @Test
    void aOnePixelCheckerboardAt800PercentShowsOnlyItsTwoColours(FxRobot robot) {
        showZoomedCheckerboard(robot, 8);
        assertThat(coloursInsideTheMap(robot)).containsExactlyInAnyOrder(BLACK, WHITE);
    }

    @Test
    void aOnePixelCheckerboardAt6400PercentShowsOnlyItsTwoColours(FxRobot robot) {
        showZoomedCheckerboard(robot, 64);
        assertThat(view.zoom()).isEqualTo(64);
        assertThat(coloursInsideTheMap(robot)).containsExactlyInAnyOrder(BLACK, WHITE);
    }

    @Test
    void theTextbookImageShowsItsValuesInItsCellsAndTheStretchMakesTenWhite(FxRobot robot) {
        FloatPlanes textbook = FloatPlanes.zeros(1, 6, 6);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 3; x++) {
                textbook.set(0, y, x, 10);
            }
        }
        robot.interact(() -> {
            view.setImageMode(true);
            view.show(textbook, 0);
        });
        assertThat(view.showsValues()).isTrue();
        assertThat(view.cellLabels()).hasSize(36);
        CellLabel ten = view.cellLabels().get(0);
        assertThat(ten.text()).isEqualTo("10");
        assertThat(ten.onDarkCell()).as("10 of 255 is nearly black").isTrue();
        assertThat(view.cellLabels().get(5).text()).isEqualTo("0");

        robot.interact(() -> view.contrastStretchProperty().set(true));
        assertThat(view.renderedImage().pixels()[0]).isEqualTo(WHITE);
        assertThat(view.cellLabels().get(0).onDarkCell()).as("stretched, 10 is white").isFalse();
        assertThat(view.cellLabels().get(0).text()).isEqualTo("10");
    }

    @Test
    void aLargeMapFittedIntoThePanelWritesNoValues(FxRobot robot) {
        robot.interact(() -> view.show(FloatPlanes.zeros(1, 300, 300), 0));
        assertThat(view.cellLabels()).isEmpty();
    }

    @Test
    void switchingToTheDarkThemeChangesTheBackgroundTheMapIsDrawnOn(FxRobot robot) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/org/cnnlab/ui/app.css")).toExternalForm());
            view.show(FloatPlanes.zeros(1, 1, 4), 0);
        });
        Color light = backgroundPixel(robot);
        assertThat(light).isEqualTo(Color.web("#d0d7de"));

        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        Color dark = backgroundPixel(robot);
        assertThat(dark).isEqualTo(Color.web("#21262d"));
        assertThat(view.mapBackgroundProperty().get()).isEqualTo(dark);
    }

    /** The colour drawn just inside the top edge of the surface, above the (wide, flat) map. */
    private Color backgroundPixel(FxRobot robot) {
        Node surface = view.lookup(".map-surface");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            surface.applyCss();
            shot[0] = surface.snapshot(null, null);
        });
        return shot[0].getPixelReader().getColor((int) shot[0].getWidth() / 2, 3);
    }
}
