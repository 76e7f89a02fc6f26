package org.cnnlab.ui.studio.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnnlab.testsupport.FxWait.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cnnlab.services.studio.DrawingReading;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class DrawPadViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private final FakeStudio studio = new FakeStudio().answerWith(7, 0.98f);
    private final List<DrawingReading> readings = new CopyOnWriteArrayList<>();
    private DrawPadView view;
    private Scene scene;
    private Stage window;

    @Start
    void start(Stage stage) {
        Label stand = new Label("The integrator's activation views go here");
        StackPane activations = new StackPane(stand);
        activations.setStyle("-fx-border-color: #b0b0b0; -fx-border-style: dashed;");
        view = new DrawPadView(studio, readings::add, activations, DatasetId.MNIST.classNames());
        window = stage;
        scene = StudioScreenshots.show(stage, view);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.hide());
    }

    @Test
    void draggingOnThePadSendsTheInkAndShowsTheStudiosPrediction(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#draw-message").queryLabeled().getText()).isEqualTo("Draw a digit");
        Node pad = robot.lookup("#draw-pad").query();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());

        robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.35, b.getMinY() + b.getHeight() * 0.2));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.65, b.getMinY() + b.getHeight() * 0.2));
        robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.45, b.getMinY() + b.getHeight() * 0.8));
        robot.release(MouseButton.PRIMARY);

        await(() -> !studio.canvases.isEmpty() && "7 — 98%".equals(view.predictionText()));
        float[] sent = studio.canvases.get(studio.canvases.size() - 1);
        assertThat(sent).hasSize(DrawPadViewModel.PAD * DrawPadViewModel.PAD).contains(1f);
        // the top bar runs from 35% to 65% across at 20% down: its middle is inked
        assertThat(sent[56 * DrawPadViewModel.PAD + 140]).isEqualTo(1f);
        assertThat(readings).isNotEmpty().allMatch(r -> r.predictedClass() == 7);
        assertThat(robot.lookup("#draw-message").queryLabeled().isVisible()).isFalse();
        assertThat(StudioScreenshots.save(robot, scene, "studio-draw.png")).isEqualTo(StudioScreenshots.WIDTH);
        StudioScreenshots.saveAtProjectorScale(robot, scene, "studio-draw-projector.png");

        robot.clickOn("#draw-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.predictionText()).isEmpty();
        assertThat(robot.lookup("#draw-message").queryLabeled().getText()).isEqualTo("Draw a digit");
        assertThat(readings.get(readings.size() - 1).empty()).isTrue();

        robot.clickOn(pad);
        await(() -> !view.viewModel().emptyProperty().get());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        await(() -> view.viewModel().emptyProperty().get());
    }
}
