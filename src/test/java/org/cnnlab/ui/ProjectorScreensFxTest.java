package org.cnnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.lessons.Lesson;
import org.cnnlab.lessons.LessonLibrary;
import org.cnnlab.lessons.LessonProgress;
import org.cnnlab.testsupport.FxTest;
import org.cnnlab.testsupport.FxWait;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.ui.controls.HeadlessScreen;
import org.cnnlab.ui.controls.Screenshots;
import org.cnnlab.ui.imagelab.ImageLabView;
import org.cnnlab.ui.imagelab.ImageLabViewModel;
import org.cnnlab.ui.imagelab.JavaFxImageDecoder;
import org.cnnlab.ui.lessons.LessonsView;
import org.cnnlab.ui.lessons.LessonsViewModel;
import org.cnnlab.ui.studio.FakeStudio;
import org.cnnlab.ui.studio.StudioFixtures;
import org.cnnlab.ui.studio.StudioState;
import org.cnnlab.ui.studio.StudioView;
import org.cnnlab.ui.studio.StudioViewModel;
import org.cnnlab.ui.studio.builder.ModelBuilderView;
import org.cnnlab.ui.studio.data.DatasetBrowserView;
import org.cnnlab.ui.studio.draw.DrawPadView;
import org.cnnlab.ui.studio.network.ActivationsPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The image lab, the training studio and the lessons, each in the main window at 1280x720 (the
 * classroom projector) in projector scale: on every tab, no text the class must read (labels,
 * buttons, tab headers) is cut to "…". Leaves target/screenshots/projector-&lt;screen&gt;-&lt;tab&gt;.png
 * for a person to look at.
 */
@FxTest
@ExtendWith(ApplicationExtension.class)
class ProjectorScreensFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private static final Path SAMPLES = Path.of(System.getProperty("cnnlab.samples", "sample-images"));

    private final List<Runnable> closers = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            closers.forEach(Runnable::run);
            stage.hide();
        });
    }

    @Test
    void noImageLabTextIsCutOnAnyTab(FxRobot robot) throws Exception {
        ImageLabViewModel vm = new ImageLabViewModel(Decoders.with(new JavaFxImageDecoder()).all());
        vm.sendToSandboxProperty().set(image -> { });
        ImageLabView[] view = new ImageLabView[1];
        showInMainWindow(robot, "imagelab", "Image lab", () -> view[0] = new ImageLabView(vm, SAMPLES));
        closers.add(view[0]::close);
        robot.interact(() -> vm.open(SAMPLES.resolve("chelsea-cmyk.jpg")));
        FxWait.await(() -> vm.image() != null);
        TabPane tabs = (TabPane) view[0].lookup("#labTabs");

        List<String> cut = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            cut.addAll(cutTextsOnTab(robot, "imagelab", tabs, index));
        }
        robot.interact(() -> {
            tabs.getSelectionModel().select(4);
            buttonNamed(view[0], "Decode with every decoder").fire();
        });
        FxWait.await(() -> vm.pairComparisonProperty().get() != null);
        cut.addAll(cutTextsOnTab(robot, "imagelab", tabs, 4));

        assertThat(tabs.getTabs()).extracting(Tab::getText)
                .containsExactly("Pixels", "Metadata", "Grayscale", "Channels", "Compare decoders");
        assertThat(cut).isEmpty();
    }

    @Test
    void noStudioTextIsCutOnAnyTab(FxRobot robot) throws Exception {
        FakeStudio studio = new FakeStudio();
        StudioViewModel vm = new StudioViewModel(studio, id -> StudioFixtures.testImages());
        closers.add(vm::close);
        StudioView[] view = new StudioView[1];
        showInMainWindow(robot, "studio", "Training studio", () -> {
            view[0] = new StudioView(vm);
            view[0].tabs().getTabs().addAll(
                    new Tab("Draw", new DrawPadView(studio, reading -> { },
                            new ActivationsPane("Draw a digit on the pad."), DatasetId.MNIST.classNames()).scrollingSideways()),
                    new Tab("Data", new DatasetBrowserView()),
                    new Tab("Build", new ModelBuilderView(spec -> { })));
            return view[0];
        });
        robot.clickOn("#train");
        FxWait.await(() -> vm.stateProperty().get() == StudioState.TRAINING && studio.run != null);
        Thread modelThread = new Thread(() -> {
            studio.emitProgress(1, 100, 750);
            studio.emitEpoch(1, 0.4, 0.88, 0.42, 0.87);
            studio.emitPicture(2);
        }, "fake-model-thread");
        modelThread.start();
        modelThread.join(5000);
        FxWait.await(() -> vm.pictureProperty().get() != null);
        robot.clickOn("#stop");
        FxWait.await(() -> vm.stateProperty().get() == StudioState.IDLE);
        TabPane tabs = view[0].tabs();
        robot.interact(() -> tabs.getSelectionModel().select(3));
        robot.clickOn("#evaluate");
        FxWait.await(() -> vm.report().testReportProperty().get() != null);

        List<String> cut = new ArrayList<>();
        for (int index = 0; index < tabs.getTabs().size(); index++) {
            cut.addAll(cutTextsOnTab(robot, "studio", tabs, index));
        }

        assertThat(tabs.getTabs()).extracting(Tab::getText)
                .containsExactly("Charts", "Network", "Histograms", "Test set", "Draw", "Data", "Build");
        assertThat(cut).isEmpty();
    }

    @Test
    void noLessonTextIsCutInAnyLesson(FxRobot robot) throws Exception {
        List<Lesson> lessons = LessonLibrary.load(Path.of("lessons")).lessons();
        LessonsViewModel vm = new LessonsViewModel(lessons, new LessonProgress(Map.of(), lessons.get(0).id()), progress -> { });
        showInMainWindow(robot, "lessons", "Lessons", () -> new LessonsView(vm, screen -> { }, window -> { }));

        List<String> cut = new ArrayList<>();
        for (Lesson lesson : lessons) {
            robot.interact(() -> vm.currentProperty().set(lesson));
            cut.addAll(cutTexts("lessons", lesson.id()));
        }

        assertThat(lessons).isNotEmpty();
        assertThat(cut).isEmpty();
    }

    @Test
    void truncatedTextFindsTabHeadersThatDoNotFit(FxRobot robot) {
        TabPane tabs = new TabPane(new Tab("Charts"), new Tab("Network"), new Tab("Histograms"), new Tab("Build"));
        tabs.setId("narrow");
        tabs.setMaxWidth(150);
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(tabs);
        robot.interact(() -> {
            stage.setScene(new Scene(holder, 400, 200));
            holder.applyCss();
            holder.layout();
        });

        assertThat(TruncatedText.in(holder)).singleElement().asString().startsWith("TabPane#narrow tabs [Charts,");
    }

    /** Puts the screen {@code content} makes in a main window in projector scale, 1280x720. */
    private void showInMainWindow(FxRobot robot, String id, String title, Supplier<Node> content) {
        robot.interact(() -> {
            MainViewModel mainVm = new MainViewModel();
            mainVm.setScale(MainViewModel.PROJECTOR_SCALE);
            MainView main = new MainView(mainVm, List.of(new Screen(id, title, title, "What this screen is for.", content)));
            Scene scene = new Scene(main, 1280, 720);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/org/cnnlab/ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> cutTextsOnTab(FxRobot robot, String screen, TabPane tabs, int index) {
        robot.interact(() -> tabs.getSelectionModel().select(index));
        return cutTexts(screen, tabs.getTabs().get(index).getText());
    }

    /** Lays the window out, leaves its picture in target/screenshots and lists its cut texts. */
    private List<String> cutTexts(String screen, String situation) {
        String name = "projector-" + screen + "-" + situation.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int pass = 0; pass < 3; pass++) {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = stage.getScene().snapshot(null);
            Screenshots.write(image, name + ".png");
            TruncatedText.in(stage.getScene().getRoot()).forEach(text -> cut.add(name + ": " + text));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return cut;
    }

    private static Button buttonNamed(Node root, String text) {
        return root.lookupAll(".button").stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }
}
