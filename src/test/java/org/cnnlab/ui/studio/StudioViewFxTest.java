package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnnlab.testsupport.FxWait.await;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cnnlab.ui.controls.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.cnnlab.testsupport.ScreenshotTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio screen over a fake studio, in a 1280x720 window: training fills the charts and moves
 * the progress bar, Pause becomes Resume, the network views fill, and a click on a confusion-matrix
 * cell shows its images. Screenshots go to target/screenshots/studio-*.png for a person to look at.
 */
@ScreenshotTest
@ExtendWith(ApplicationExtension.class)
class StudioViewFxTest {
    private static final Path OUT = Path.of("target", "screenshots");

    private final FakeStudio studio = new FakeStudio();
    private StudioViewModel vm;
    private StudioView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new StudioViewModel(studio, id -> StudioFixtures.testImages());
        view = new StudioView(vm, new ModelFileChooser() {
            @Override
            public Optional<Path> chooseSaveFile(Window owner, String suggestedName) {
                return Optional.of(Path.of(suggestedName));
            }

            @Override
            public Optional<Path> chooseOpenFile(Window owner) {
                return Optional.empty();
            }
        });
        view.setStyle("-fx-font-size: 14px;");
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            vm.close();
            stage.hide();
        });
    }

    @Test
    void trainingFillsTheChartsAndMovesTheProgressBarAndPauseBecomesResume(FxRobot robot) throws Exception {
        robot.clickOn("#schedule-choice").clickOn("Cosine");
        assertThat(vm.settings().config().schedule()).isEqualTo(org.cnnlab.training.model.LearningRateSchedule.COSINE);
        robot.clickOn("#train");
        await(() -> vm.stateProperty().get() == StudioState.TRAINING && studio.run != null);
        emitFromModelThread(() -> {
            studio.emitProgress(1, 40, 100);
            studio.emitPicture(0);
            studio.emitProgress(41, 40, 100);
            studio.emitEpoch(1, 0.4, 0.88, 0.42, 0.87);
        });
        await(() -> vm.curves().batchLoss().points().size() == 80 && vm.pictureProperty().get() != null);

        assertThat(view.charts().visibleCharts().get(0).getData().get(0).getData()).hasSize(80);
        assertThat(view.charts().visibleCharts().get(1).getData().get(0).getData()).hasSize(80);
        assertThat(robot.lookup("#training-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.4);
        assertThat(robot.lookup("#training-status").queryLabeled().getText()).contains("1,234 img/s", "0:42 left");
        assertThat(view.networkActivations().layerCount()).as("hidden tabs draw nothing").isZero();
        shoot(robot, "charts", 0, "studio-charts-1280x720.png");
        robot.clickOn("#tab-network");
        assertThat(view.networkActivations().layerCount()).isEqualTo(7);
        robot.clickOn("#tab-histograms");
        assertThat(view.histograms().layerCount()).isEqualTo(5);
        robot.clickOn("#tab-charts");

        robot.clickOn("#pause-resume");
        assertThat(studio.calls).contains("pause");
        assertThat(robot.lookup("#pause-resume").queryAs(Button.class).getText()).isEqualTo("Resume");
        assertThat(robot.lookup("#step").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#step");
        assertThat(studio.calls).endsWith("step");

        robot.clickOn("#charts-by-epoch");
        assertThat(view.charts().visibleCharts().get(0).getId()).isEqualTo("chart-epoch-loss");
        assertThat(view.charts().visibleCharts().get(0).getData().get(0).getData()).hasSize(1);
        shoot(robot, "charts", 0, "studio-charts-by-epoch-1280x720.png");
        shoot(robot, "network", 1, "studio-network-1280x720.png");
        shoot(robot, "histograms", 2, "studio-histograms-1280x720.png");

        robot.clickOn("#pause-resume");
        assertThat(studio.calls).endsWith("resume");
        assertThat(robot.lookup("#pause-resume").queryAs(Button.class).getText()).isEqualTo("Pause");
        robot.clickOn("#stop");
        await(() -> vm.stateProperty().get() == StudioState.IDLE);
        assertThat(robot.lookup("#train").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#stop").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#save");
        await(() -> studio.calls.contains("save lenet5-mnist-0e.zip"));
        assertThat(vm.statusProperty().get()).startsWith("Saved LeNet-5 to lenet5-mnist-0e.zip");
    }

    @Test
    void clickingAConfusionCellShowsItsImages(FxRobot robot) throws Exception {
        robot.clickOn("#new-model");
        await(() -> vm.modelInfoProperty().get() != null);
        emitFromModelThread(() -> studio.emitPicture(5));
        robot.interact(() -> ((TabPane) view.lookup("#studioTabs")).getSelectionModel().select(3));
        robot.clickOn("#evaluate");
        await(() -> vm.report().testReportProperty().get() != null && vm.report().testImagesProperty().get() != null);
        assertThat(robot.lookup("#test-accuracy").queryLabeled().getText()).startsWith("Test accuracy 92.50%");
        assertThat(view.testSet().mistakeCount()).isEqualTo(3);

        robot.clickOn("#confusion-3-5");
        await(() -> view.testSet().cellImageCount() == 3);
        assertThat(vm.report().cellSamples()).containsExactly(3, 13, 23);
        shoot(robot, "test-set", 3, "studio-test-set-1280x720.png");
    }

    @Test
    void theScreenStaysReadableAtProjectorScale(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.setStyle("-fx-font-size: 22.4px;");
            vm.settings().datasetProperty().set(org.cnnlab.training.data.DatasetId.FASHION_MNIST);
        });
        robot.clickOn("#train");
        await(() -> vm.stateProperty().get() == StudioState.TRAINING && studio.run != null);
        emitFromModelThread(() -> {
            for (int first = 1; first <= 1200; first += 100) {
                studio.emitProgress(first, 100, 750);
            }
            studio.emitPicture(2);
        });
        await(() -> vm.curves().batchLoss().points().size() == TrainingCurves.MAX_CHART_POINTS && vm.pictureProperty().get() != null);
        shoot(robot, "charts", 0, "studio-charts-projector-1280x720.png");
        shoot(robot, "network", 1, "studio-network-projector-1280x720.png");
        robot.clickOn("#hide-settings");
        assertThat(view.getLeft()).isNull();
        shoot(robot, "network", 1, "studio-network-projector-no-settings-1280x720.png");
        shoot(robot, "charts", 0, "studio-charts-projector-no-settings-1280x720.png");
        robot.clickOn("#hide-settings");
        robot.clickOn("#stop");
        await(() -> vm.stateProperty().get() == StudioState.IDLE);
        robot.interact(() -> ((TabPane) view.lookup("#studioTabs")).getSelectionModel().select(3));
        robot.clickOn("#evaluate");
        await(() -> vm.report().testReportProperty().get() != null && vm.report().testImagesProperty().get() != null);
        robot.clickOn("#confusion-1-1");
        await(() -> view.testSet().cellImageCount() == 4);
        shoot(robot, "test-set", 3, "studio-test-set-projector-1280x720.png");
        robot.clickOn("#hide-settings");
        shoot(robot, "test-set", 3, "studio-test-set-projector-no-settings-1280x720.png");
    }

    /** Runs {@code events} on another thread, as the studio's model thread would. */
    private static void emitFromModelThread(Runnable events) throws InterruptedException {
        Thread thread = new Thread(events, "fake-model-thread");
        thread.start();
        thread.join(5000);
    }

    @Test
    void newModelAsksBeforeThrowingAwayATrainedNetworkThatWasNotSaved(FxRobot robot) throws Exception {
        robot.clickOn("#train");
        await(() -> vm.stateProperty().get() == StudioState.TRAINING && studio.run != null);
        emitFromModelThread(() -> studio.emitProgress(1, 10, 100));
        robot.interact(() -> studio.finish(org.cnnlab.training.run.TrainingOutcome.Status.STOPPED, "Training stopped by you.", 0));
        await(() -> vm.stateProperty().get() == StudioState.IDLE && vm.unsavedTrainingProperty().get());
        studio.calls.clear();

        robot.clickOn("#new-model");
        assertThat(robot.lookup("#discard-confirmation").tryQuery()).isPresent();
        assertThat(robot.lookup("#discard-confirmation").query().getStyle())
                .as("the dialog takes the window's font scale").contains("14px");
        robot.clickOn(DiscardConfirmation.KEEP.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.calls).as("Keep it keeps the trained network").isEmpty();

        robot.clickOn("#new-model");
        robot.clickOn(DiscardConfirmation.DISCARD.getText());
        await(() -> !studio.calls.isEmpty());
        assertThat(studio.calls.get(0)).startsWith("create lenet5");
    }

    @Test
    void anUntrainedNetworkIsReplacedWithoutAsking(FxRobot robot) throws Exception {
        robot.clickOn("#new-model");
        await(() -> vm.modelInfoProperty().get() != null);
        robot.clickOn("#new-model");
        await(() -> studio.calls.stream().filter(c -> c.startsWith("create")).count() == 2);
        assertThat(robot.lookup("#discard-confirmation").tryQuery()).isEmpty();
    }

    @Test
    void chartAxesHaveRoundSpacedTicksAndTheLastEpochIsNotOnTheEdge(FxRobot robot) throws Exception {
        robot.clickOn("#train");
        await(() -> vm.stateProperty().get() == StudioState.TRAINING && studio.run != null);
        emitFromModelThread(() -> {
            studio.emitProgress(1, 750, 750);
            studio.emitEpoch(1, 0.4, 0.88, 0.42, 0.87);
        });
        await(() -> vm.curves().batchLoss().points().size() == TrainingCurves.MAX_CHART_POINTS);

        javafx.scene.chart.NumberAxis batches = (javafx.scene.chart.NumberAxis) view.charts().visibleCharts().get(0).getXAxis();
        assertThat(batches.getTickUnit()).isEqualTo(200);
        assertThat(batches.getUpperBound()).isEqualTo(800);
        robot.clickOn("#charts-by-epoch");
        javafx.scene.chart.NumberAxis epochs = (javafx.scene.chart.NumberAxis) view.charts().visibleCharts().get(0).getXAxis();
        assertThat(epochs.getUpperBound()).isGreaterThan(1);
    }


    private void shoot(FxRobot robot, String tab, int index, String name) throws IOException {
        Files.createDirectories(OUT);
        robot.interact(() -> {
            ((TabPane) view.lookup("#studioTabs")).getSelectionModel().select(index);
            for (int pass = 0; pass < 3; pass++) {
                view.applyCss();
                view.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            WritableImage image = stage.getScene().snapshot(null);
            Screenshots.write(image, name);
            assertThat((int) image.getWidth()).as(tab).isEqualTo(1280);
            assertThat((int) image.getHeight()).isEqualTo(720);
        });
    }
}
