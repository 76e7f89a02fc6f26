package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cnnlab.testsupport.QueuedFxThread;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.TrainingOutcome;
import org.cnnlab.ui.tasks.InlineTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudioViewModelTest {
    private final FakeStudio studio = new FakeStudio();
    private final QueuedFxThread fx = new QueuedFxThread();
    private StudioViewModel vm;

    @BeforeEach
    void create() {
        vm = new StudioViewModel(studio, id -> StudioFixtures.testImages(), new InlineTaskExecutor(fx));
    }

    @Test
    void theDefaultsAreTheNotebooksRun() {
        assertThat(vm.settings().modelProperty().get().name()).isEqualTo("lenet5");
        assertThat(vm.settings().datasetProperty().get()).isEqualTo(DatasetId.MNIST);
        assertThat(vm.settings().optimizerProperty().get()).isEqualTo(OptimizerKind.ADAM);
        assertThat(vm.settings().learningRateProperty().get()).isEqualTo(0.001);
        assertThat(vm.settings().batchSizeProperty().get()).isEqualTo(64);
        assertThat(vm.settings().validationFractionProperty().get()).isEqualTo(0.2);
        assertThat(vm.settings().seedProperty().get()).isEqualTo(42);
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.IDLE);
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.canEvaluateProperty().get()).isFalse();
    }

    @Test
    void trainingWithoutANetworkCreatesTheChosenOneAndStartsTraining() {
        vm.settings().datasetProperty().set(DatasetId.FASHION_MNIST);
        vm.train();
        fx.runAll();
        assertThat(studio.calls).startsWith("create lenet5 FASHION_MNIST 42").contains("train");
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.TRAINING);
        assertThat(vm.canPauseProperty().get()).isTrue();
        assertThat(vm.canStopProperty().get()).isTrue();
        assertThat(vm.canTrainProperty().get()).isFalse();
        assertThat(vm.canCreateProperty().get()).isFalse();
        assertThat(vm.canResumeProperty().get()).isFalse();
        assertThat(vm.canStepProperty().get()).isFalse();
        assertThat(vm.modelInfoProperty().get().dataset()).isEqualTo(DatasetId.FASHION_MNIST);
        assertThat(studio.lastConfig.validationFraction()).isEqualTo(0.2);
    }

    @Test
    void progressEventsGrowTheBatchCurvesAndMoveTheProgressBar() {
        vm.train();
        fx.runAll();
        studio.emitProgress(1, 25, 100);
        studio.emitProgress(26, 25, 100);
        fx.runAll();
        assertThat(vm.curves().batchLoss().points()).hasSize(50);
        assertThat(vm.curves().batchLoss().points().get(1).y()).isEqualTo(1.0);
        assertThat(vm.curves().batchAccuracy().points()).hasSize(50);
        assertThat(vm.curves().batchAccuracy().points().get(0).y()).isEqualTo(50.0);
        assertThat(vm.curves().batchValidationAccuracy().points()).hasSize(5);
        assertThat(vm.progressProperty().get()).isEqualTo(50.0 * 64 / (2 * 100 * 64));
        assertThat(vm.statusProperty().get()).contains("1,234 img/s").endsWith("0:42 left");
    }

    @Test
    void eventsFromTheModelThreadReachTheFxThreadInOneHandOffPerFrame() {
        vm.train();
        fx.runAll();
        int before = fx.executed();
        studio.emitProgress(1, 5, 100);
        studio.emitPicture(3);
        studio.emitPicture(4);
        studio.emitEpoch(1, 0.3, 0.9, 0.35, 0.88);
        fx.runAll();
        assertThat(fx.executed() - before).isEqualTo(1);
        assertThat(vm.pictureProperty().get().probeIndex()).isEqualTo(4);
        assertThat(vm.curves().epochLoss().points()).hasSize(1);
        assertThat(vm.curves().epochValidationAccuracy().points().get(0).y()).isEqualTo(88.0);
    }

    @Test
    void longRunsAreDecimatedToTheLimitKeepingTheFirstAndLastBatch() {
        vm.train();
        fx.runAll();
        for (int first = 1; first <= 3000; first += 100) {
            studio.emitProgress(first, 100, 1500);
            fx.runAll();
        }
        var data = vm.curves().batchLoss().points();
        assertThat(data).hasSize(TrainingCurves.MAX_CHART_POINTS);
        assertThat(data.get(0).x()).isEqualTo(1);
        assertThat(data.get(0).y()).isEqualTo(2.0);
        assertThat(data.get(data.size() - 1).x()).isEqualTo(3000);
        assertThat(data.get(data.size() - 1).y()).isEqualTo(2.0 / 3000);
    }

    @Test
    void pauseHoldsTheRunAndAllowsResumeAndStep() {
        vm.train();
        fx.runAll();
        vm.pause();
        assertThat(studio.calls).contains("pause");
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.PAUSED);
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(vm.canStepProperty().get()).isTrue();
        assertThat(vm.canPauseProperty().get()).isFalse();
        vm.step();
        vm.resume();
        assertThat(studio.calls).endsWith("step", "resume");
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.TRAINING);
    }

    @Test
    void stopEndsTheRunAndTheStudioIsIdleAgain() {
        vm.train();
        fx.runAll();
        vm.stop();
        fx.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.IDLE);
        assertThat(vm.canTrainProperty().get()).isTrue();
        assertThat(vm.canStopProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Training stopped by you");
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void aCompletedRunCountsItsEpochs() {
        // LeNet-5 120/82/10 on 28x28: 156 + 2,416 + 30,840 + 9,922 + 830 parameters
        vm.train();
        fx.runAll();
        studio.finish(TrainingOutcome.Status.COMPLETED, "done", 2);
        fx.runAll();
        assertThat(vm.modelInfoProperty().get().epochsTrained()).isEqualTo(2);
        assertThat(vm.modelTextProperty().get()).contains("LeNet-5 on MNIST", "44,164 parameters", "2 epochs trained");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aDivergedRunTellsTheUser() {
        vm.train();
        fx.runAll();
        studio.finish(TrainingOutcome.Status.DIVERGED, "The loss became NaN: lower the learning rate.", 0);
        fx.runAll();
        assertThat(vm.messageProperty().get()).isEqualTo("The loss became NaN: lower the learning rate.");
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.IDLE);
    }

    @Test
    void aFailedRunShowsTheStudiosSentenceAndReturnsToIdle() {
        studio.failTrainWith = "The studio is closed.";
        vm.train();
        fx.runAll();
        assertThat(vm.messageProperty().get()).isEqualTo("The studio is closed.");
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.IDLE);
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheirReasonBeforeAnythingStarts() {
        vm.settings().learningRateProperty().set(0);
        vm.train();
        fx.runAll();
        assertThat(vm.messageProperty().get()).startsWith("The learning rate must be above 0");
        assertThat(studio.calls).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(StudioState.IDLE);
    }

    @Test
    void theChosenScheduleGoesWithTheRun() {
        assertThat(vm.settings().scheduleProperty().get()).isEqualTo(org.cnnlab.training.model.LearningRateSchedule.CONSTANT);
        vm.settings().scheduleProperty().set(org.cnnlab.training.model.LearningRateSchedule.COSINE);
        vm.train();
        fx.runAll();
        assertThat(studio.lastConfig.schedule()).isEqualTo(org.cnnlab.training.model.LearningRateSchedule.COSINE);
    }

    @Test
    void choosingAnOptimiserSetsItsUsualLearningRate() {
        vm.settings().optimizerProperty().set(OptimizerKind.SGD);
        assertThat(vm.settings().learningRateProperty().get()).isEqualTo(0.01);
    }

    @Test
    void aNewModelIsProbedWithTheChosenTestImage() {
        vm.probeIndexProperty().set(17);
        vm.newModel();
        fx.runAll();
        assertThat(studio.calls).containsExactly("create lenet5 MNIST 42", "probe 17");
        vm.nextProbe();
        assertThat(studio.calls).endsWith("probe 18");
    }

    @Test
    void loadingAFileAdoptsItsModelAndDataset() {
        vm.load(Path.of("chollet.zip"));
        fx.runAll();
        assertThat(vm.settings().modelProperty().get()).isEqualTo(ModelZoo.byName("chollet").orElseThrow());
        assertThat(vm.settings().datasetProperty().get()).isEqualTo(DatasetId.FASHION_MNIST);
        assertThat(vm.modelTextProperty().get()).contains("5 epochs trained");
        assertThat(vm.choiceHintProperty().get()).isEmpty();
    }

    @Test
    void aFileFromElsewhereGivesTheStudiosReason() {
        vm.load(Path.of("broken.zip"));
        fx.runAll();
        assertThat(vm.messageProperty().get()).startsWith("This file was not saved by CNN Lab");
        assertThat(vm.modelInfoProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void evaluatingGivesTheReportAndACellClickListsItsImages() throws Exception {
        vm.newModel();
        fx.runAll();
        vm.evaluate();
        fx.runAll();
        assertThat(vm.report().testReportProperty().get().accuracy()).isEqualTo(37.0 / 40);
        vm.report().selectCell(3, 5);
        assertThat(vm.report().cellSamples()).containsExactly(3, 13, 23);
        assertThat(vm.report().cellTextProperty().get()).isEqualTo("3 images of 3 taken for 5");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (vm.report().testImagesProperty().get() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
            fx.runAll();
        }
        assertThat(vm.report().testImagesProperty().get().size()).isEqualTo(StudioFixtures.TEST_IMAGES);
    }

    @Test
    void changingTheChoiceAfterCreatingExplainsWhatTrainWillDo() {
        vm.newModel();
        fx.runAll();
        vm.settings().modelProperty().set(ModelZoo.byName("basic-cnn").orElseThrow());
        assertThat(vm.choiceHintProperty().get()).isEqualTo(
                "Train continues the current LeNet-5 on MNIST. Press New model for Basic CNN on MNIST.");
    }

    @Test
    void savingIsOnlyOfferedWithANetworkAndWhileIdle() {
        vm.newModel();
        fx.runAll();
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.train();
        fx.runAll();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.save(Path.of("x.zip"));
        assertThat(studio.calls).doesNotContain("save x.zip");
    }

    @Test
    void afterCloseTheStudiosEventsNoLongerReachTheScreen() {
        vm.train();
        fx.runAll();
        var listener = studio.listener;
        vm.close();
        listener.onProgress(StudioFixtures.progress(1, 10, 100));
        fx.runAll();
        assertThat(vm.curves().batchLoss().points()).isEmpty();
        assertThat(studio.listener).isNotSameAs(listener);
    }

    @Test
    void aPictureSentWhileTheFirstModelIsCreatedIsShown() {
        studio.listener.onNetwork(StudioFixtures.picture(0));
        vm.newModel();
        fx.runAll();
        assertThat(vm.pictureProperty().get()).isNotNull();
    }

    @Test
    void anUnexpectedFailureSaysWhatWasBeingDone() {
        vm = new StudioViewModel(studio, id -> {
            throw new org.cnnlab.training.data.DatasetException("The dataset file mnist/t10k-images-idx3-ubyte.gz is missing");
        }, new InlineTaskExecutor(fx));
        vm.newModel();
        fx.runAll();
        vm.evaluate();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (vm.messageProperty().get().isEmpty() && System.nanoTime() < deadline) {
            fx.runAll();
            Thread.onSpinWait();
        }
        assertThat(vm.messageProperty().get()).isEqualTo(
                "The test images could not be loaded: The dataset file mnist/t10k-images-idx3-ubyte.gz is missing.");
    }

    @Test
    void anEpochEndsTheByBatchValidationLineAtItsLastBatch() {
        vm.train();
        fx.runAll();
        studio.emitProgress(1, 25, 25);
        studio.emitEpoch(1, 0.3, 0.9, 0.35, 0.88);
        fx.runAll();
        var validation = vm.curves().batchValidationAccuracy().points();
        assertThat(validation.get(validation.size() - 1)).isEqualTo(new ChartPoint(25, 88.0));
    }

    @Test
    void aNewModelStartsWithEmptyCharts() {
        vm.train();
        fx.runAll();
        studio.emitProgress(1, 25, 100);
        studio.emitEpoch(1, 0.3, 0.9, 0.35, 0.88);
        fx.runAll();
        studio.finish(TrainingOutcome.Status.COMPLETED, "done", 1);
        fx.runAll();
        vm.newModel();
        fx.runAll();
        assertThat(vm.curves().batchLoss().points()).isEmpty();
        assertThat(vm.curves().epochValidationAccuracy().points()).isEmpty();
    }

    @Test
    void picturesWhileTrainingMoveTheNetworkRevisionSoTheDrawTabReadsAgain() {
        vm.train();
        fx.runAll();
        long afterCreation = vm.networkRevisionProperty().get();
        assertThat(afterCreation).isPositive();
        studio.emitPicture(0);
        fx.runAll();
        studio.emitPicture(0);
        fx.runAll();
        assertThat(vm.networkRevisionProperty().get()).isEqualTo(afterCreation + 2);
    }

    @Test
    void trainingLeavesUnsavedWorkUntilTheNetworkIsSaved() {
        vm.newModel();
        fx.runAll();
        assertThat(vm.unsavedTrainingProperty().get()).as("an untrained network loses nothing").isFalse();
        vm.train();
        fx.runAll();
        studio.emitProgress(1, 5, 100);
        fx.runAll();
        studio.finish(TrainingOutcome.Status.STOPPED, "Training stopped by you.", 0);
        fx.runAll();
        assertThat(vm.unsavedTrainingProperty().get()).isTrue();
        vm.save(Path.of("x.zip"));
        fx.runAll();
        assertThat(vm.unsavedTrainingProperty().get()).isFalse();
    }
}
