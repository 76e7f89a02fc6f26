package org.cnnlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.cnnlab.lessons.Lesson;
import org.cnnlab.lessons.LessonLibrary;
import org.cnnlab.lessons.LessonProgress;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.ui.controls.HeadlessScreen;
import org.cnnlab.ui.controls.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class LessonsViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private final List<String> openedScreens = new ArrayList<>();
    private final List<String> savedLastLessons = new ArrayList<>();
    private LessonsViewModel vm;
    private Scene scene;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<Lesson> lessons = LessonLibrary.load(Path.of("lessons")).lessons();
        Lesson convolution = lessons.stream().filter(l -> l.id().startsWith("02-")).findFirst().orElseThrow();
        vm = new LessonsViewModel(lessons, new LessonProgress(java.util.Map.of(), convolution.id()),
                progress -> savedLastLessons.add(progress.lastLesson()));
        scene = new Scene(new LessonsView(vm, openedScreens::add, window -> { }), 1280, 720);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/org/cnnlab/ui/app.css")).toExternalForm());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theLastLessonReadIsOpenAgain() {
        assertThat(vm.currentProperty().get().id()).startsWith("02-");
    }

    @Test
    void aRightAnswerIsMarkedSavedAndCountedInTheList(FxRobot robot) throws Exception {
        robot.clickOn("#exercise-window-two .exercise-answer").write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = robot.lookup("#exercise-window-two .exercise-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).startsWith("✔");
        assertThat(savedLastLessons).isNotEmpty();
        assertThat(vm.progressText(vm.currentProperty().get())).isEqualTo("1 of 3 exercises");
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Screenshots.write(shot, "lessons-1280x720.png");
    }

    @Test
    void aWrongAnswerGetsTheHintAndIsNotSaved(FxRobot robot) {
        robot.clickOn("#exercise-map-size .exercise-answer").write("6").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = robot.lookup("#exercise-map-size .exercise-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).startsWith("✘").contains("fits");
        assertThat(vm.progressText(vm.currentProperty().get())).isEqualTo("0 of 3 exercises");
    }

    @Test
    void aLinkToTheSandboxOpensIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#lesson-link-sandbox").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(openedScreens).containsExactly("sandbox");
    }

    @Test
    void choosingAnotherLessonInTheListOpensItAndRemembersIt(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Lesson> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(4));
        assertThat(vm.currentProperty().get().id()).startsWith("05-");
        assertThat(savedLastLessons).last().asString().startsWith("05-");
        assertThat(robot.lookup("#exercise-relu-negative").tryQuery()).isPresent();
    }

    @Test
    void theLessonListCanBeHiddenToGiveThePageTheWholeWidth(FxRobot robot) {
        robot.clickOn("#lesson-list-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-list").tryQuery()).isEmpty();
        assertThat(vm.listShownProperty().get()).isFalse();
        robot.clickOn("#lesson-list-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-list").tryQuery()).isPresent();
    }

    @Test
    void aLessonLeftAndReturnedToOpensAtTheSamePlace(FxRobot robot) throws Exception {
        javafx.scene.control.ScrollPane page = robot.lookup("#lesson-page").queryAs(javafx.scene.control.ScrollPane.class);
        Lesson convolution = vm.currentProperty().get();
        WaitForAsyncUtils.asyncFx(() -> page.setVvalue(0.6)).get();
        WaitForAsyncUtils.asyncFx(() -> vm.next()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getVvalue()).isZero();
        WaitForAsyncUtils.asyncFx(() -> vm.currentProperty().set(convolution)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getVvalue()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
    }
}
