package org.cnnlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.cnnlab.engine.Kernel;
import org.cnnlab.testsupport.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@FxTest
class KernelEditorFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private KernelEditor editor;

    @Start
    void start(javafx.stage.Stage stage) {
        editor = new KernelEditor();
        stage.setScene(new Scene(editor, 500, 600));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(500);
        stage.setHeight(600);
        stage.show();
    }

    @Test
    void arrowsAndEnterMoveBetweenCells(FxRobot robot) {
        robot.clickOn("#kernel-cell-0-0");
        robot.type(KeyCode.DOWN);
        assertThat(editor.cell(1, 0).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(editor.cell(2, 0).isFocused()).isTrue();
        robot.type(KeyCode.UP);
        assertThat(editor.cell(1, 0).isFocused()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(editor.cell(1, 1).isFocused()).isTrue();
    }

    @Test
    void typingAValidNumberUpdatesTheKernelAndClearsTheMark(FxRobot robot) {
        robot.clickOn("#kernel-cell-0-2");
        robot.interact(() -> editor.cell(0, 2).selectAll());
        robot.write("NaN");
        assertThat(editor.isCellInvalid(0, 2)).isTrue();
        assertThat(editor.messageProperty().get()).contains("Row 1, column 3").contains("NaN");
        assertThat(editor.getKernel()).isEqualTo(Kernel.identity(3));

        robot.interact(() -> editor.cell(0, 2).selectAll());
        robot.write("0.5");
        assertThat(editor.isCellInvalid(0, 2)).isFalse();
        assertThat(editor.messageProperty().get()).isEmpty();
        assertThat(editor.getKernel().get(0, 2)).isEqualTo(0.5f);
    }

    @Test
    void normaliseIsDisabledWithAReasonWhenTheWeightsSumToZero(FxRobot robot) {
        robot.interact(() -> editor.setKernel(Kernel.of(new float[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}})));
        Button normalise = robot.lookup("#kernel-normalise").queryButton();
        assertThat(normalise.isDisabled()).isTrue();
        Tooltip tip = (Tooltip) normalise.getParent().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tip.getText()).contains("sum to 0");

        robot.interact(() -> editor.setKernel(Kernel.of(1, 2, 1f, 3f)));
        assertThat(normalise.isDisabled()).isFalse();
        robot.clickOn(normalise);
        assertThat(editor.getKernel()).isEqualTo(Kernel.of(1, 2, 0.25f, 0.75f));
    }

    @Test
    void growingTheSizeKeepsTheWeightsCentred(FxRobot robot) {
        robot.interact(() -> editor.getChildren().stream().filter(n -> n.lookup("#kernel-size") != null).findFirst()
                .map(n -> (javafx.scene.control.Spinner<?>) n.lookup("#kernel-size")).orElseThrow()
                .increment(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getKernel()).isEqualTo(Kernel.identity(5));
        assertThat(editor.cell(4, 4).getText()).isEqualTo("0");
    }

    @Test
    void typingGarbageIntoTheSizeSpinnerKeepsTheSize(FxRobot robot) {
        javafx.scene.control.Spinner<?> size = robot.lookup("#kernel-size").query();
        robot.clickOn(size.getEditor());
        robot.interact(() -> size.getEditor().selectAll());
        robot.write("abc").type(KeyCode.ENTER);
        assertThat(size.getValue()).isEqualTo(3);
        assertThat(size.getEditor().getText()).isEqualTo("3");

        robot.interact(() -> size.getEditor().selectAll());
        robot.write("5").type(KeyCode.ENTER);
        assertThat(editor.getKernel()).isEqualTo(Kernel.identity(5));
    }

    @Test
    void randomIsReproducibleAndToolsTransformTheKernel(FxRobot robot) {
        robot.clickOn("Random");
        assertThat(editor.getKernel()).isEqualTo(Kernel.random(3, 1));
        robot.interact(() -> editor.setKernel(Kernel.of(new float[][] {{1, 2}, {3, 4}})));
        robot.clickOn("Rotate ↻");
        assertThat(editor.getKernel()).isEqualTo(Kernel.of(new float[][] {{3, 1}, {4, 2}}));
        robot.clickOn("Transpose");
        assertThat(editor.getKernel()).isEqualTo(Kernel.of(new float[][] {{3, 4}, {1, 2}}));
    }
}
