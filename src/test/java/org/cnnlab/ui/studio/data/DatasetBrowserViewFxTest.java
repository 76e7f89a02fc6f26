package org.cnnlab.ui.studio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnnlab.testsupport.FxWait.await;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.ui.controls.HeadlessScreen;
import org.cnnlab.ui.studio.StudioScreenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class DatasetBrowserViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private DatasetBrowserView view;
    private Scene scene;
    private Stage window;

    @Start
    void start(Stage stage) {
        view = new DatasetBrowserView();
        window = stage;
        scene = StudioScreenshots.show(stage, view);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            view.close();
            window.hide();
        });
    }

    @Test
    void switchingToFashionMnistShowsItsShapeClassNamesAndSamples(FxRobot robot) throws Exception {
        await(() -> view.viewModel().datasetProperty().get() != null);
        assertThat(view.shapeText()).isEqualTo("(60000, 28, 28)");
        assertThat(robot.lookup("#data-range").queryLabeled().getText()).isEqualTo("0–255");
        assertThat(robot.lookup("#data-dtype").queryLabeled().getText()).isEqualTo("uint8");

        robot.clickOn("#data-dataset");
        robot.clickOn("Fashion-MNIST");
        await(() -> !view.viewModel().loadingProperty().get() && view.viewModel().datasetProperty().get() != null
                && view.viewModel().datasetProperty().get().id() == DatasetId.FASHION_MNIST);

        assertThat(view.shapeText()).isEqualTo("(60000, 28, 28)");
        assertThat(view.chartClassNames()).containsExactlyElementsOf(DatasetId.FASHION_MNIST.classNames());
        assertThat(StudioScreenshots.save(robot, scene, "studio-data.png")).isEqualTo(StudioScreenshots.WIDTH);

        robot.clickOn("#data-split-test");
        await(() -> "(10000, 28, 28)".equals(view.shapeText()));

        robot.clickOn("#data-next");
        assertThat(robot.lookup("#data-page").queryLabeled().getText()).startsWith("Page 2 of 100");
        int sample = view.sampleAt(0, 2);
        assertThat(sample).isEqualTo(102);
        Node grid = robot.lookup("#data-grid").query();
        Bounds b = grid.localToScreen(grid.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getMinX() + b.getWidth() * 0.25, b.getMinY() + b.getHeight() * 0.05));
        await(() -> view.viewModel().selectedSampleProperty().get() == 102);
        assertThat(robot.lookup("#data-sample-caption").queryLabeled().getText()).contains("Sample 102");

        String[] hover = new String[1];
        robot.interact(() -> hover[0] = view.hoverTextAt(14, 14));
        int value = view.viewModel().datasetProperty().get().pixel(102, 14, 14);
        assertThat(hover[0]).startsWith("Row 14, column 14: " + value);
        assertThat(StudioScreenshots.save(robot, scene, "studio-data-sample.png")).isEqualTo(StudioScreenshots.WIDTH);
        StudioScreenshots.saveAtProjectorScale(robot, scene, "studio-data-projector.png");
    }
}
