package org.cnnlab.ui.studio;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cnnlab.persist.StudioSettings;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.LearningRateSchedule;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.model.ZooModel;

/**
 * What the next run of the studio will be: the zoo model and dataset a new network is made of,
 * and the training settings (optimiser, learning rate and its schedule, batch size, epochs,
 * validation share, seed, image limit). Starts from the choices remembered last time
 * ({@link StudioSettings}, the notebook's run where none are) and reports every change, so the
 * app can remember them again.
 */
public final class TrainingSettingsViewModel {
    private final ObjectProperty<ZooModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ObjectProperty<LearningRateSchedule> schedule = new SimpleObjectProperty<>(this, "schedule");
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs");
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(this, "validationFraction");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final IntegerProperty imageLimit = new SimpleIntegerProperty(this, "imageLimit");

    /** The notebook's run: LeNet-5 on MNIST, Adam at 0.001, batch 64, one epoch, 20% validation, seed 42. */
    public TrainingSettingsViewModel() {
        this(StudioSettings.unset(), remembered -> { });
    }

    /** Starts from {@code remembered} (unset or unknown values take the defaults); every change goes to {@code onChange}. */
    public TrainingSettingsViewModel(StudioSettings remembered, Consumer<StudioSettings> onChange) {
        Objects.requireNonNull(onChange);
        TrainingConfig defaults = TrainingConfig.defaults();
        model.set(ModelZoo.byName(orEmpty(remembered.model())).or(() -> ModelZoo.byName("lenet5"))
                .orElse(ModelZoo.all().get(0)));
        dataset.set(DatasetId.byName(orEmpty(remembered.dataset())).orElse(DatasetId.MNIST));
        optimizer.set(OptimizerKind.byName(orEmpty(remembered.optimizer())).orElse(defaults.optimizer()));
        learningRate.set(remembered.learningRate() > 0 && Double.isFinite(remembered.learningRate())
                ? remembered.learningRate() : optimizer.get().defaultLearningRate());
        schedule.set(LearningRateSchedule.byName(orEmpty(remembered.schedule())).orElse(defaults.schedule()));
        batchSize.set(remembered.batchSize() > 0 ? remembered.batchSize() : defaults.batchSize());
        epochs.set(remembered.epochs() > 0 ? remembered.epochs() : defaults.epochs());
        imageLimit.set(Math.max(0, remembered.imageLimit()));
        seed.set(remembered.seed() >= 0 ? remembered.seed() : TrainingConfig.DEFAULT_SEED);
        validationFraction.set(remembered.validationFraction() >= 0 && remembered.validationFraction() < 1
                ? remembered.validationFraction() : ValidationSplit.DEFAULT_FRACTION);

        optimizer.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                learningRate.set(chosen.defaultLearningRate());
            }
        });
        for (Observable each : List.of(model, dataset, optimizer, learningRate, schedule, batchSize, epochs,
                validationFraction, seed, imageLimit)) {
            each.addListener(changed -> onChange.accept(remembered()));
        }
    }

    private static String orEmpty(String name) {
        return name == null ? "" : name;
    }

    /** The zoo model New model (or Train, with no network yet) creates. */
    public ObjectProperty<ZooModel> modelProperty() {
        return model;
    }

    /** The zoo, simplest model first. */
    public List<ZooModel> models() {
        return ModelZoo.all();
    }

    /** The dataset a new model is trained on. */
    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    /** Choosing an optimiser resets the learning rate to that optimiser's usual one (Keras' default). */
    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** How the learning rate changes over a run: constant (Keras' default) or cosine decay to zero. */
    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    /** Share of the training set held out to measure validation accuracy, 0 to below 1 (0.2 as in the notebooks). */
    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Train on only the first so many training images (0: all of them), for a quick demonstration. */
    public IntegerProperty imageLimitProperty() {
        return imageLimit;
    }

    /**
     * The run the current settings describe.
     *
     * @throws IllegalArgumentException with a sentence for the user when a setting is out of range
     */
    public TrainingConfig config() {
        return new TrainingConfig(optimizer.get(), learningRate.get(), schedule.get(), batchSize.get(), epochs.get(),
                validationFraction.get(), seed.get(), imageLimit.get());
    }

    /** The current choices, as they are remembered. */
    public StudioSettings remembered() {
        return new StudioSettings(model.get() == null ? null : model.get().name(),
                dataset.get() == null ? null : dataset.get().cliName(),
                optimizer.get() == null ? null : optimizer.get().cliName(), learningRate.get(),
                schedule.get() == null ? null : schedule.get().cliName(), batchSize.get(), epochs.get(), imageLimit.get(),
                seed.get(), validationFraction.get());
    }
}
