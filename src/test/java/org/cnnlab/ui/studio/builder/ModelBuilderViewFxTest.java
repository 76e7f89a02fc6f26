package org.cnnlab.ui.studio.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnnlab.testsupport.FxWait.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.training.model.ModelSpec;
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
class ModelBuilderViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private final List<ModelSpec> used = new CopyOnWriteArrayList<>();
    private ModelBuilderView view;
    private Scene scene;
    private Stage window;

    @Start
    void start(Stage stage) {
        view = new ModelBuilderView(used::add);
        window = stage;
        scene = StudioScreenshots.show(stage, view);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.hide());
    }

    @Test
    void addingAndRemovingLayersChangesTheTotalsAndABrokenStackCannotBeUsed(FxRobot robot) throws Exception {
        assertThat(view.totalsText()).contains("Total params: 44,164");
        robot.clickOn("#builder-use");
        assertThat(used).hasSize(1);
        assertThat(used.get(0).params().total()).isEqualTo(44_164);

        // row 1 is the first convolution (6 maps): batch norm after it adds 2·6 trainable and 2·6 statistics
        robot.clickOn("conv2d (Conv2D)");
        robot.clickOn("#builder-add");
        robot.clickOn("Batch normalisation");
        await(() -> view.totalsText().contains("44,188"));
        assertThat(view.totalsText()).contains("Non-trainable: 12");

        robot.clickOn("#builder-remove");
        await(() -> view.totalsText().contains("Total params: 44,164"));

        // a 7x7 convolution after the last pooling (4x4 maps) cannot work
        robot.clickOn("average_pooling2d_1 (AveragePooling2D)");
        robot.clickOn("#builder-add");
        robot.clickOn("Convolution");
        robot.interact(() -> robot.lookup("#builder-kernel").<javafx.scene.control.Spinner<Integer>>query()
                .getValueFactory().setValue(7));
        await(() -> robot.lookup("#builder-problem").queryLabeled().isVisible());
        assertThat(robot.lookup("#builder-problem").queryLabeled().getText()).contains("Layer 5").contains("7x7 kernel");
        assertThat(robot.lookup("#builder-use").queryButton().isDisabled()).isTrue();
        TableView<?> table = robot.lookup("#builder-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(4);
        assertThat(StudioScreenshots.save(robot, scene, "studio-build.png")).isEqualTo(StudioScreenshots.WIDTH);
        StudioScreenshots.saveAtProjectorScale(robot, scene, "studio-build-projector.png");

        robot.clickOn("#builder-remove");
        await(() -> !robot.lookup("#builder-use").queryButton().isDisabled());
        assertThat(view.totalsText()).contains("Total params: 44,164");

        // starting from a zoo model replaces the stack: the Keras-book convnet has 93,322 parameters
        robot.clickOn("#builder-start-from");
        robot.clickOn("Keras-book convnet  (chollet)");
        await(() -> view.totalsText().contains("Total params: 93,322"));
        assertThat(view.viewModel().modelNameProperty().get()).isEqualTo("chollet");
    }

    @Test
    void aTypedKernelSizeAboveFifteenIsKeptNotCutDown(FxRobot robot) throws Exception {
        robot.clickOn("conv2d (Conv2D)");
        javafx.scene.control.Spinner<Integer> kernel = robot.lookup("#builder-kernel").query();
        robot.interact(() -> {
            kernel.getEditor().setText("29");
            kernel.commitValue();
        });
        await(() -> view.viewModel().layers().get(0) instanceof org.cnnlab.training.model.LayerSpec.Conv conv
                && conv.kernelSize() == 29);
        assertThat(kernel.getValue()).isEqualTo(29);
        assertThat(robot.lookup("#builder-problem").queryLabeled().getText()).contains("29x29 kernel");
    }
}
