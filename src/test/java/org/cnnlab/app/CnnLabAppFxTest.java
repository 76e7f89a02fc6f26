package org.cnnlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnnlab.testsupport.FxWait.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.persist.AppDirectories;
import org.cnnlab.persist.KernelSetFile;
import org.cnnlab.persist.KernelSetFormatException;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.ui.controls.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application, started headless: navigation, the projector switch, the sandbox's first
 * result from the starter image, the image lab on a sample, and screenshots of each screen at
 * 1280x720, 1920x1080 and projector scale (written to target/screenshots for a person to look at).
 */
@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class CnnLabAppFxTest {
    private static final Path EDGES_KERNEL_SET = Path.of("lessons", "kernels", "edges.cnnkernels").toAbsolutePath();

    private CnnLabApp app;
    private Stage stage;

    /** Each test starts like a first launch: its own empty data folder (settings, autosaved kernels). */
    @Start
    void start(Stage stage) throws IOException {
        System.setProperty("cnnlab.home", Files.createTempDirectory("cnnlab-home").toString());
        this.stage = stage;
        app = new CnnLabApp();
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            app.stop();
            stage.hide();
        });
    }

    @Test
    void theSandboxOpensOnTheStarterImageAndShowsTheTextbookEdgeMap(FxRobot robot) throws Exception {
        await(() -> app.sandboxViewModel().resultProperty().get() != null);
        MapResult map = app.sandboxViewModel().resultProperty().get().filters().get(0).maps().get(0);
        assertThat(app.sandboxViewModel().imageNameProperty().get()).isEqualTo(CnnLabApp.STARTER_IMAGE);
        assertThat(map.conv().height()).isEqualTo(300 - 2);
        assertThat(map.convStats().min()).isNegative();
        assertThat(map.activatedStats().min()).isZero();
        assertThat(robot.lookup("#engine-status").queryAs(Label.class).getText()).startsWith("Engine:");
        assertThat(app.mainViewModel().messageProperty().get()).isEmpty();
        screenshot(robot, 1280, 720, "app-sandbox-1280x720.png");
        screenshot(robot, 1920, 1080, "app-sandbox-1920x1080.png");
    }

    @Test
    void editedKernelsAreBackAfterARestart(FxRobot robot) throws Exception {
        await(() -> app.sandboxViewModel().resultProperty().get() != null);
        robot.interact(() -> app.sandboxViewModel().kernelProperty().set(KernelPreset.SHARPEN.kernel()));
        Path autosave = AppDirectories.forCurrentUser().autosavedKernels();
        await(() -> Files.exists(autosave) && KernelPreset.SHARPEN.kernel().equals(autosavedKernel(autosave)));

        afterARestart(robot, restarted ->
                assertThat(restarted.sandboxViewModel().kernelProperty().get()).isEqualTo(KernelPreset.SHARPEN.kernel()));
    }

    /** Stops the app, starts a new one on the same data folder, runs {@code check} on it, and stops it. */
    private void afterARestart(FxRobot robot, RestartCheck check) throws Exception {
        CnnLabApp restarted = new CnnLabApp();
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            app.stop();
            stage.hide();
            second[0] = new Stage();
            restarted.start(second[0]);
        });
        try {
            check.accept(restarted);
        } finally {
            robot.interact(() -> {
                restarted.stop();
                second[0].hide();
            });
        }
    }

    /** What a test checks on the restarted app. */
    private interface RestartCheck {
        void accept(CnnLabApp restarted) throws Exception;
    }

    @Test
    void aDoubleClickedKernelSetOpensInTheSandbox(FxRobot robot) throws Exception {
        CnnLabApp opened = new CnnLabApp();
        Stage[] second = new Stage[1];
        OpenFileRequests.system().deliverTo(null);
        OpenFileRequests.system().offer(new LaunchFile(EDGES_KERNEL_SET, LaunchFile.Kind.KERNEL_SET));
        try {
            robot.interact(() -> {
                second[0] = new Stage();
                opened.start(second[0]);
            });
            await(() -> opened.sandboxViewModel().currentSpec().filters().size() == 2);
            var filters = opened.sandboxViewModel().currentSpec().filters();
            assertThat(filters.get(0).kernel(0)).isEqualTo(KernelPreset.SOBEL_X.kernel());
            assertThat(filters.get(1).kernel(0)).isEqualTo(KernelPreset.SOBEL_Y.kernel());
        } finally {
            robot.interact(() -> {
                opened.stop();
                second[0].hide();
            });
        }
    }

    @Test
    void aKernelSetSentToTheRunningAppOpensInTheSandbox(FxRobot robot) throws Exception {
        robot.clickOn("#nav-lessons");
        OpenFileRequests.system().offer(EDGES_KERNEL_SET.toFile());
        await(() -> app.sandboxViewModel().currentSpec().filters().size() == 2);
        assertThat(app.sandboxViewModel().currentSpec().filters().get(1).kernel(0)).isEqualTo(KernelPreset.SOBEL_Y.kernel());
        assertThat(robot.lookup("#nav-kernel-sandbox").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theLessonsScreenTeachesAndItsLinksOpenTheOtherScreens(FxRobot robot) throws Exception {
        robot.clickOn("#nav-lessons");
        assertThat(robot.lookup("#lesson-list").tryQuery()).isPresent();
        screenshot(robot, 1280, 720, "app-lessons-1280x720.png");
        robot.clickOn("#projector-toggle");
        screenshot(robot, 1920, 1080, "app-lessons-projector-1920x1080.png");
        robot.clickOn("#projector-toggle");
        robot.interact(() -> robot.lookup("#lesson-link-imagelab").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(robot.lookup("#nav-image-lab").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1);
        assertThat(robot.lookup("#nav-kernel-sandbox").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theStudioTrainsARealNetworkThatReadsADrawnDigit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-training-studio");
        org.cnnlab.ui.studio.StudioViewModel studio = app.studioViewModel();
        robot.interact(() -> {
            studio.settings().modelProperty().set(org.cnnlab.training.model.ModelZoo.byName("lenet5").orElseThrow());
            studio.settings().imageLimitProperty().set(3000);
            studio.settings().epochsProperty().set(1);
        });
        robot.clickOn("#train");
        await(() -> studio.stateProperty().get() == org.cnnlab.ui.studio.StudioState.TRAINING);
        await(() -> studio.stateProperty().get() == org.cnnlab.ui.studio.StudioState.IDLE);
        assertThat(studio.messageProperty().get()).isNullOrEmpty();
        assertThat(studio.curves().batchLoss().points()).hasSizeGreaterThan(10);
        assertThat(studio.curves().epochValidationAccuracy().points()).hasSize(1);
        assertThat(studio.curves().epochValidationAccuracy().points().get(0).y()).isGreaterThan(50);
        assertThat(studio.pictureProperty().get()).isNotNull();
        screenshot(robot, 1280, 720, "app-studio-charts-1280x720.png");
        screenshot(robot, 1920, 1080, "app-studio-charts-1920x1080.png");

        selectStudioTab(robot, "Test set");
        robot.clickOn("#evaluate");
        await(() -> studio.report().testReportProperty().get() != null);
        assertThat(studio.report().testReportProperty().get().accuracy()).isGreaterThan(0.5);
        screenshot(robot, 1280, 720, "app-studio-test-set-1280x720.png");

        selectStudioTab(robot, "Draw");
        assertThat(robot.lookup("#activations-empty-hint").queryLabeled().getText())
                .as("a network is loaded: the empty view asks for a drawing").isEqualTo(AppStudio.DRAW_HINT);
        robot.drag("#draw-pad").moveBy(0, 80).moveBy(10, 40).drop();
        await(() -> !robot.lookup("#draw-prediction").queryLabeled().getText().isBlank());
        assertThat(robot.lookup("#draw-prediction").queryLabeled().getText()).matches("\\d — \\d+%");
        screenshot(robot, 1280, 720, "app-studio-draw-1280x720.png");
        robot.clickOn("#projector-toggle");
        screenshot(robot, 1920, 1080, "app-studio-draw-projector-1920x1080.png");
        robot.clickOn("#projector-toggle");
    }

    @Test
    void aPretrainedLeNetOpensReadyToReadDigits(FxRobot robot) throws Exception {
        robot.clickOn("#nav-training-studio");
        org.cnnlab.ui.studio.StudioViewModel studio = app.studioViewModel();
        assertThat(studio.pretrained()).extracting(org.cnnlab.ui.studio.PretrainedChoice::title)
                .anySatisfy(title -> assertThat(title).startsWith("LeNet-5"));
        robot.interact(() -> studio.load(studio.pretrained().get(0).file()));
        await(() -> studio.modelInfoProperty().get() != null && !studio.busyProperty().get());
        assertThat(studio.modelInfoProperty().get().epochsTrained()).isEqualTo(3);
        selectStudioTab(robot, "Test set");
        robot.clickOn("#evaluate");
        await(() -> studio.report().testReportProperty().get() != null);
        assertThat(studio.report().testReportProperty().get().accuracy()).isGreaterThan(0.97);
        selectStudioTab(robot, "Network");
        await(() -> studio.pictureProperty().get() != null && studio.pictureProperty().get().firstFilters() != null);
        screenshot(robot, 1280, 720, "app-studio-network-1280x720.png");
    }

    private static void selectStudioTab(FxRobot robot, String title) {
        javafx.scene.control.TabPane tabs = robot.lookup("#studioTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    private static Kernel autosavedKernel(Path file) {
        try {
            return KernelSetFile.load(file).filters().get(0).kernel(0);
        } catch (KernelSetFormatException e) {
            return null;
        }
    }

    @Test
    void aFilterBankShowsEveryStageForEachFilter(FxRobot robot) throws Exception {
        await(() -> app.sandboxViewModel().resultProperty().get() != null);
        robot.interact(() -> {
            app.sandboxViewModel().addFilter();
            app.sandboxViewModel().kernelProperty().set(KernelPreset.SOBEL_Y.kernel());
            app.sandboxViewModel().poolsProperty().set(PoolSelection.BOTH);
        });
        await(() -> app.sandboxViewModel().resultProperty().get().spec().equals(app.sandboxViewModel().currentSpec()));
        var filters = app.sandboxViewModel().resultProperty().get().filters();
        assertThat(filters).hasSize(2);
        assertThat(filters.get(1).filter().kernel(0)).isEqualTo(KernelPreset.SOBEL_Y.kernel());
        assertThat(filters).allSatisfy(f -> {
            assertThat(f.maps().get(0).maxPooled()).isNotNull();
            assertThat(f.maps().get(0).averagePooled()).isNotNull();
        });
        screenshot(robot, 1920, 1080, "app-sandbox-filter-bank-1920x1080.png");
    }

    @Test
    void theProjectorSwitchEnlargesEveryFont(FxRobot robot) throws Exception {
        robot.clickOn("#projector-toggle");
        assertThat(app.mainViewModel().scaleProperty().get()).isEqualTo(1.6);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 22.4px");
        await(() -> app.sandboxViewModel().resultProperty().get() != null);
        screenshot(robot, 1920, 1080, "app-sandbox-projector-1920x1080.png");
        screenshot(robot, 1280, 720, "app-sandbox-projector-1280x720.png");
        robot.clickOn("#hide-controls");
        assertThat(robot.lookup("#kernel-size").tryQuery()).isEmpty();
        screenshot(robot, 1280, 720, "app-sandbox-projector-no-controls-1280x720.png");
        robot.clickOn("#hide-controls");
        assertThat(robot.lookup("#kernel-size").tryQuery()).isPresent();
        robot.clickOn("#projector-toggle");
        assertThat(app.mainViewModel().scaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theImageLastSentToTheSandboxIsBackAfterARestart(FxRobot robot) throws Exception {
        Path china = AppDirectories.sampleImages().resolve("china.jpg");
        var opened = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>>();
        robot.interact(() -> opened.set(app.imageLabViewModel().open(china)));
        opened.get().get(30, TimeUnit.SECONDS);
        await(() -> app.imageLabViewModel().snapshotProperty().get() != null);
        robot.interact(() -> app.imageLabViewModel().sendToSandbox());
        await(() -> app.sandboxViewModel().imageNameProperty().get().startsWith("china.jpg"));

        afterARestart(robot, restarted -> {
            await(() -> "china.jpg".equals(restarted.sandboxViewModel().imageNameProperty().get()));
            assertThat(restarted.sandboxViewModel().inputProperty().get().width()).isEqualTo(640);
        });
    }

    @Test
    void theImageLabDecodesASampleChosenThroughTheNavigation(FxRobot robot) throws Exception {
        robot.clickOn("#nav-image-lab");
        Path china = AppDirectories.sampleImages().resolve("china.jpg");
        var opened = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>>();
        robot.interact(() -> opened.set(app.imageLabViewModel().open(china)));
        opened.get().get(30, TimeUnit.SECONDS);
        await(() -> app.imageLabViewModel().image() != null);
        assertThat(app.imageLabViewModel().image().width()).isEqualTo(640);
        assertThat(app.imageLabViewModel().image().height()).isEqualTo(427);
        assertThat(app.imageLabViewModel().decoderProperty().get().id()).isEqualTo("twelvemonkeys");
        assertThat(app.mainViewModel().messageProperty().get()).isEmpty();
        screenshot(robot, 1280, 720, "app-imagelab-1280x720.png");
        screenshot(robot, 1920, 1080, "app-imagelab-1920x1080.png");
        robot.interact(() -> app.mainViewModel().toggleProjector());
        screenshot(robot, 1280, 720, "app-imagelab-projector-1280x720.png");
    }

    /**
     * Renders the window's content off-screen at {@code width x height} (the headless screen is
     * smaller than 1080p) and writes it to target/screenshots.
     */
    private void screenshot(FxRobot robot, int width, int height, String name) throws IOException {
        Scene window = stage.getScene();
        Parent root = window.getRoot();
        Scene[] offscreen = new Scene[1];
        robot.interact(() -> {
            window.setRoot(new Region());
            offscreen[0] = new Scene(root, width, height);
            offscreen[0].getStylesheets().setAll(window.getStylesheets());
            for (int pass = 0; pass < 3; pass++) {
                root.applyCss();
                root.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            image[0] = offscreen[0].snapshot(null);
            offscreen[0].setRoot(new Region());
            window.setRoot(root);
        });
        Screenshots.write(image[0], name);
        assertThat((int) image[0].getWidth()).isEqualTo(width);
        assertThat((int) image[0].getHeight()).isEqualTo(height);
    }
}
