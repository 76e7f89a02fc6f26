package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.cnnlab.persist.SettingsStore;
import org.cnnlab.persist.StudioSettings;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.LearningRateSchedule;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSettingsViewModelTest {
    @TempDir
    Path folder;

    /** Settings as the app keeps them: loaded from the store at start, saved on every change. */
    private TrainingSettingsViewModel startWith(SettingsStore store) {
        return new TrainingSettingsViewModel(store.load().studio(), chosen -> {
            try {
                store.save(store.load().withStudio(chosen));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyChoiceIsRememberedAcrossARestart() {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        TrainingSettingsViewModel before = startWith(store);
        before.modelProperty().set(ModelZoo.byName("chollet").orElseThrow());
        before.datasetProperty().set(DatasetId.FASHION_MNIST);
        before.optimizerProperty().set(OptimizerKind.SGD);
        before.learningRateProperty().set(0.05);
        before.scheduleProperty().set(LearningRateSchedule.COSINE);
        before.batchSizeProperty().set(128);
        before.epochsProperty().set(3);
        before.imageLimitProperty().set(6000);
        before.seedProperty().set(7);
        before.validationFractionProperty().set(0.1);

        TrainingSettingsViewModel after = startWith(store);

        assertThat(after.modelProperty().get().name()).isEqualTo("chollet");
        assertThat(after.datasetProperty().get()).isEqualTo(DatasetId.FASHION_MNIST);
        assertThat(after.optimizerProperty().get()).isEqualTo(OptimizerKind.SGD);
        assertThat(after.learningRateProperty().get()).isEqualTo(0.05);
        assertThat(after.scheduleProperty().get()).isEqualTo(LearningRateSchedule.COSINE);
        assertThat(after.batchSizeProperty().get()).isEqualTo(128);
        assertThat(after.epochsProperty().get()).isEqualTo(3);
        assertThat(after.imageLimitProperty().get()).isEqualTo(6000);
        assertThat(after.seedProperty().get()).isEqualTo(7);
        assertThat(after.validationFractionProperty().get()).isEqualTo(0.1);
    }

    @Test
    void nothingRememberedOrUnknownNamesGiveTheNotebooksRun() {
        TrainingSettingsViewModel settings = new TrainingSettingsViewModel(
                new StudioSettings("no-such-model", "cifar", "lion", -1, "step", 0, 0, -5, -1, 2), chosen -> { });
        assertThat(settings.modelProperty().get().name()).isEqualTo("lenet5");
        assertThat(settings.datasetProperty().get()).isEqualTo(DatasetId.MNIST);
        assertThat(settings.optimizerProperty().get()).isEqualTo(OptimizerKind.ADAM);
        assertThat(settings.learningRateProperty().get()).isEqualTo(0.001);
        assertThat(settings.scheduleProperty().get()).isEqualTo(LearningRateSchedule.CONSTANT);
        assertThat(settings.batchSizeProperty().get()).isEqualTo(64);
        assertThat(settings.epochsProperty().get()).isEqualTo(1);
        assertThat(settings.imageLimitProperty().get()).isZero();
        assertThat(settings.seedProperty().get()).isEqualTo(42);
        assertThat(settings.validationFractionProperty().get()).isEqualTo(0.2);
    }
}
