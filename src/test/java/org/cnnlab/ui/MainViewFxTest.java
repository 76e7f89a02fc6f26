package org.cnnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cnnlab.testsupport.FxTest;
import org.cnnlab.ui.controls.HeadlessScreen;
import org.cnnlab.ui.help.HelpSheet;
import org.cnnlab.ui.help.KeyboardShortcuts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@FxTest
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private final MainViewModel vm = new MainViewModel();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<Screen> screens = List.of(
                new Screen("sandbox", "Kernel sandbox", "Sandbox", "Edit a kernel.", () -> new Label("sandbox")),
                new Screen("imagelab", "Image lab", "Image lab", "Decode an image.", () -> new Label("image lab")),
                new Screen("studio", "Training studio", "Studio", "Train a network.", () -> new Label("studio")),
                new Screen("lessons", "Lessons", "Lessons", "Read a lesson.", () -> new Label("lessons")));
        view = new MainView(vm, screens);
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/org/cnnlab/ui/app.css")).toExternalForm());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide)).get();
    }

    @Test
    void noHeaderLabelIsCutAtProjectorScaleOn1280x720() throws Exception {
        scaleTo(MainViewModel.PROJECTOR_SCALE);
        assertThat(TruncatedText.in((javafx.scene.Parent) view.getTop())).isEmpty();
        assertThat(TruncatedText.in((javafx.scene.Parent) view.getBottom())).isEmpty();
    }

    @Test
    void theToolsMoveToASecondRowBeforeAnyButtonIsCut() throws Exception {
        scaleTo(MainViewModel.MAX_SCALE);
        HeaderBar header = (HeaderBar) ((javafx.scene.layout.VBox) view.getTop()).getChildren().get(0);
        assertThat(header.arrangementFor(header.getWidth())).isNotEqualTo(HeaderBar.Arrangement.ONE_ROW);
        assertThat(TruncatedText.in(header)).isEmpty();
        scaleTo(1.0);
        assertThat(header.arrangementFor(header.getWidth())).isEqualTo(HeaderBar.Arrangement.ONE_ROW);
    }

    /** Sets the font scale and waits for the CSS and layout passes that resize everything. */
    private void scaleTo(double scale) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            vm.setScale(scale);
            view.applyCss();
            view.layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void navigationButtonsCarryTheScreensFullNameForScreenReaders() {
        ToggleButton sandbox = (ToggleButton) view.lookup("#nav-kernel-sandbox");
        assertThat(sandbox.getText()).isEqualTo("Sandbox");
        assertThat(sandbox.getAccessibleText()).isEqualTo("Kernel sandbox");
        assertThat(sandbox.getTooltip().getText()).contains("Ctrl+1");
    }

    @Test
    void f1OpensTheHelpSheetWithEveryScreenAndShortcut(FxRobot robot) {
        robot.clickOn("#nav-image-lab");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        HelpSheet sheet = robot.lookup("#help-sheet").queryAs(HelpSheet.class);
        assertThat(sheet).isNotNull();
        List<String> texts = robot.from(sheet).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("Kernel sandbox", "Training studio", "F1", "F5", "Ctrl+3", "F9", "Alt+T");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help-sheet").tryQuery()).isEmpty();
    }

    @Test
    void everyWindowWideShortcutInTheHelpIsRegistered() {
        var keys = view.getScene().getAccelerators().keySet();
        assertThat(keys).contains(KeyboardShortcuts.HELP, KeyboardShortcuts.PROJECTOR, KeyboardShortcuts.RESET_ZOOM,
                KeyboardShortcuts.screen(1), KeyboardShortcuts.screen(4));
        assertThat(keys).containsAll(KeyboardShortcuts.ZOOM_IN).containsAll(KeyboardShortcuts.ZOOM_OUT);
    }

    @Test
    void ctrlThreeOpensTheThirdScreen(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ToggleButton) view.lookup("#nav-training-studio")).isSelected()).isTrue();
    }
}
