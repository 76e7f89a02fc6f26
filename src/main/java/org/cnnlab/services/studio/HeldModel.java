package org.cnnlab.services.studio;

import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.dl4j.LoadedModel;
import org.cnnlab.training.dl4j.ModelMetadata;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelSummary;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingOutcome;

/**
 * The network the studio holds and what it knows about it: its name, the test set of the dataset
 * it reads, how it has been trained (epochs, the last run's optimiser, learning rate, batch size
 * and seed) and its test accuracy, which lapses when it trains again. Confined to the model thread.
 */
final class HeldModel {
    private final String name;
    private final Dataset testSet;
    private TrainableNetwork network;
    private int epochsTrained;
    private double testAccuracy;
    private OptimizerKind optimizer;
    private double learningRate;
    private int batchSize;
    private long seed;

    private HeldModel(String name, TrainableNetwork network, Dataset testSet, int epochsTrained, double testAccuracy,
            OptimizerKind optimizer, double learningRate, int batchSize, long seed) {
        requireFits(network.spec(), testSet);
        this.name = name;
        this.network = network;
        this.testSet = testSet;
        this.epochsTrained = epochsTrained;
        this.testAccuracy = testAccuracy;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /**
     * A freshly initialised network for {@code spec}, set up with the default run's optimiser.
     *
     * @throws StudioException if the model does not fit the test set's images or classes
     */
    static HeldModel created(String name, ModelSpec spec, Dataset testSet, long seed) throws ModelSpecException {
        requireFits(spec, testSet);
        TrainingConfig defaults = TrainingConfig.defaults();
        TrainableNetwork network = TrainableNetwork.create(spec, defaults.optimizer(), defaults.learningRate(), seed);
        return new HeldModel(name, network, testSet, 0, Double.NaN, defaults.optimizer(), defaults.learningRate(),
                defaults.batchSize(), seed);
    }

    /**
     * A network read from a model file, with what its file recorded.
     *
     * @throws StudioException if the model does not fit the test set's images or classes
     */
    static HeldModel loaded(String name, LoadedModel loaded, Dataset testSet) {
        ModelMetadata metadata = loaded.metadata();
        return new HeldModel(name, loaded.network(), testSet, metadata.epochs(), metadata.testAccuracy(), metadata.optimizer(),
                metadata.learningRate(), metadata.batchSize(), metadata.seed());
    }

    private static void requireFits(ModelSpec spec, Dataset data) {
        if (spec.input().elementCount() != data.pixelsPerImage() || spec.input().channels() != 1) {
            throw new StudioException("The model " + spec.name() + " takes " + spec.input().text() + " inputs, but "
                    + data.id().displayName() + " images are " + data.rows() + "x" + data.columns() + " grayscale.");
        }
        if (spec.output().channels() != data.id().classCount()) {
            throw new StudioException("The model " + spec.name() + " has " + spec.output().channels() + " outputs, but "
                    + data.id().displayName() + " has " + data.id().classCount() + " classes.");
        }
    }

    TrainableNetwork network() {
        return network;
    }

    Dataset testSet() {
        return testSet;
    }

    DatasetId dataset() {
        return testSet.id();
    }

    /**
     * Takes the run's settings. Another optimiser or learning rate than the network holds
     * continues from its weights with fresh optimiser state.
     */
    void prepareRun(TrainingConfig config) throws ModelSpecException {
        if (config.optimizer() != optimizer || config.learningRate() != learningRate) {
            network = network.withOptimizer(config.optimizer(), config.learningRate(), config.seed());
            optimizer = config.optimizer();
            learningRate = config.learningRate();
        }
        batchSize = config.batchSize();
        seed = config.seed();
    }

    /** Counts the run's epochs; a run that changed the weights makes the test accuracy unknown. */
    void trained(TrainingOutcome outcome) {
        epochsTrained += outcome.epochsCompleted();
        if (outcome.imagesSeen() > 0) {
            testAccuracy = Double.NaN;
        }
    }

    void tested(double accuracy) {
        testAccuracy = accuracy;
    }

    /** What a model file records beside the weights. */
    ModelMetadata metadata(String createdAt) {
        return new ModelMetadata(dataset(), dataset().classNames(), optimizer, learningRate, batchSize, epochsTrained, seed,
                testAccuracy, createdAt);
    }

    ModelInfo info() {
        return new ModelInfo(name, ModelSummary.of(network.spec()), dataset(), epochsTrained, testAccuracy);
    }
}
