package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PixelCanvasFxTest {
    private static final int BLACK = 0xff000000;
    private static final int WHITE = 0xffffffff;

    private PixelCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new PixelCanvas();
        stage.setScene(new Scene(new Pane(canvas), 600, 600));
        stage.show();
    }

    private static int[] checkerboard(int side) {
        int[] argb = new int[side * side];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i / side + i % side) % 2 == 0 ? BLACK : WHITE;
        }
        return argb;
    }

    private Set<Integer> renderedColours(FxRobot robot, int side, double zoom) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            canvas.setPixels(checkerboard(side), side, side);
            canvas.setZoom(zoom);
            canvas.setVisibleArea(0, 0, 600, 600);
            shot[0] = canvas.snapshot(null, null);
        });
        assertThat(shot[0].getWidth()).isEqualTo(side * zoom);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < shot[0].getHeight(); y++) {
            for (int x = 0; x < shot[0].getWidth(); x++) {
                colours.add(shot[0].getPixelReader().getArgb(x, y));
            }
        }
        return colours;
    }

    @Test
    void aOnePixelCheckerboardAt800PercentShowsOnlyItsTwoColours(FxRobot robot) {
        assertThat(renderedColours(robot, 32, 8)).containsExactlyInAnyOrder(BLACK, WHITE);
    }

    @Test
    void aOnePixelCheckerboardAt6400PercentShowsOnlyItsTwoColours(FxRobot robot) {
        assertThat(renderedColours(robot, 8, 64)).containsExactlyInAnyOrder(BLACK, WHITE);
    }

    @Test
    void valuesAreWrittenOnlyIntoPixelsLargeEnoughToReadThem(FxRobot robot) {
        robot.interact(() -> {
            canvas.setCellText((row, column) -> List.of(row + "," + column));
            canvas.setPixels(checkerboard(4), 4, 4);
            canvas.setVisibleArea(0, 0, 600, 600);
            canvas.setZoom(8);
        });
        assertThat(canvas.cellLabels()).isEmpty();
        robot.interact(() -> canvas.setZoom(64));
        assertThat(canvas.cellLabels()).hasSize(16);
        assertThat(canvas.cellLabels().get(1).text()).isEqualTo("0,1");
        assertThat(canvas.cellLabels().get(1).onDarkCell()).isFalse();
    }

    @Test
    void contrastStretchDrawsTheBrightestValueWhite(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            canvas.setPixels(new int[] {0xff000000, 0xff0a0a0a}, 2, 1);
            canvas.setZoom(10);
            canvas.setVisibleArea(0, 0, 600, 600);
            canvas.contrastStretchProperty().set(true);
            shot[0] = canvas.snapshot(null, null);
        });
        assertThat(shot[0].getPixelReader().getArgb(15, 5)).isEqualTo(WHITE);
        assertThat(shot[0].getPixelReader().getArgb(5, 5)).isEqualTo(BLACK);
    }
}
