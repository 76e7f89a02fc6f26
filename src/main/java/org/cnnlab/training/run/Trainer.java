package org.cnnlab.training.run;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.dl4j.MiniBatches;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.LearningRateSchedule;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop: for each epoch, shuffle the training samples (seeded), run one weight update
 * per mini-batch at the rate the run's {@link LearningRateSchedule} gives it, then score the
 * validation samples. The loss DL4J reports for a batch is computed
 * with the weights from before that batch's update, so weights count as good once a batch has been
 * scored with them to a finite loss. If a loss or the updated weights turn NaN or infinite, the
 * last good weights and optimiser state are put back and the run ends as
 * {@link TrainingOutcome.Status#DIVERGED}. Runs on the caller's thread
 * (a worker, never the UI thread) and obeys a {@link TrainingControl} between batches.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    /**
     * Trains {@code network} on {@code data.training()}, validating on {@code data.validation()}.
     *
     * @throws InterruptedException if the thread is interrupted while paused
     */
    public TrainingOutcome train(TrainableNetwork network, ValidationSplit data, TrainingConfig config,
            TrainingObserver observer, TrainingControl control) throws InterruptedException {
        try {
            return run(network, data, config, observer, control);
        } finally {
            if (config.schedule() != LearningRateSchedule.CONSTANT) {
                network.setLearningRate(config.learningRate());
            }
        }
    }

    private TrainingOutcome run(TrainableNetwork network, ValidationSplit data, TrainingConfig config,
            TrainingObserver observer, TrainingControl control) throws InterruptedException {
        MiniBatches batches = new MiniBatches(data.training(), config.batchSize());
        Random order = new Random(config.seed());
        LastGoodState lastGood = new LastGoodState(network);
        long trainingNanos = 0;
        long imagesSeen = 0;
        long updates = (long) config.epochs() * batches.batchCount();
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            batches.shuffle(order);
            double lossSum = 0;
            for (int b = 0; b < batches.batchCount(); b++) {
                if (!control.awaitPermissionForBatch()) {
                    return new TrainingOutcome(TrainingOutcome.Status.STOPPED, "Training stopped after "
                            + imagesSeen + " images.", epoch, imagesSeen, rate(imagesSeen, trainingNanos));
                }
                long start = System.nanoTime();
                DataSet batch = batches.batch(b);
                if (config.schedule() != LearningRateSchedule.CONSTANT) {
                    network.setLearningRate(config.learningRate()
                            * config.schedule().factor((long) epoch * batches.batchCount() + b, updates));
                }
                lastGood.save();
                network.fit(batch);
                double loss = network.lastLoss();
                trainingNanos += System.nanoTime() - start;
                boolean lossFinite = Double.isFinite(loss);
                if (lossFinite) {
                    lastGood.confirm();
                }
                if (!lossFinite || !isFinite(network.params())) {
                    lastGood.restore();
                    String message = String.format(Locale.ROOT, "The loss became %s at epoch %d, batch %d: the learning"
                            + " rate (%s) is probably too high. Training stopped and the last good weights were restored.",
                            lossFinite ? "unstable (weights overflowed)" : String.valueOf(loss), epoch + 1, b + 1,
                            config.learningRate());
                    LOG.warn(message);
                    return new TrainingOutcome(TrainingOutcome.Status.DIVERGED, message, epoch, imagesSeen,
                            rate(imagesSeen, trainingNanos));
                }
                imagesSeen += batch.numExamples();
                lossSum += loss;
                observer.onBatch(new BatchReport(epoch, b, batches.batchCount(), loss, imagesSeen, rate(imagesSeen, trainingNanos)),
                        new NetworkBatch(network, batch));
            }
            Evaluation validation = data.validation().size() == 0 ? null : Evaluation.of(network, data.validation());
            EpochReport report = new EpochReport(epoch, lossSum / batches.batchCount(),
                    validation == null ? Double.NaN : validation.meanLoss(),
                    validation == null ? Double.NaN : validation.accuracy());
            LOG.info("Epoch {}: loss {}, validation accuracy {}", epoch + 1, report.trainingLoss(), report.validationAccuracy());
            observer.onEpoch(report);
        }
        return new TrainingOutcome(TrainingOutcome.Status.COMPLETED, String.format(Locale.ROOT,
                "Trained %d epoch%s on %d images at %.0f images/s.", config.epochs(), config.epochs() == 1 ? "" : "s", batches.sampleCount(),
                rate(imagesSeen, trainingNanos)), config.epochs(), imagesSeen, rate(imagesSeen, trainingNanos));
    }

    private static boolean isFinite(INDArray values) {
        return !BooleanIndexing.or(values, Conditions.isNan()) && !BooleanIndexing.or(values, Conditions.isInfinite());
    }

    private static double rate(long images, long nanos) {
        return nanos == 0 ? 0 : images / (nanos / 1e9);
    }

    /** A batch just learned from, questioned through the network that learned it. */
    private record NetworkBatch(TrainableNetwork network, DataSet batch) implements LearnedBatch {
        @Override
        public double accuracy() {
            return Evaluation.of(network, batch).accuracy();
        }

        @Override
        public Map<Integer, float[]> weightGradients() {
            return network.weightGradients(batch);
        }
    }

    /**
     * Two copies of the weights and optimiser state: the one taken just before the current update
     * ({@link #save}) and the newest one a batch has scored to a finite loss ({@link #confirm}).
     */
    private static final class LastGoodState {
        private final TrainableNetwork network;
        private INDArray savedParams;
        private INDArray goodParams;
        private INDArray savedState;
        private INDArray goodState;

        LastGoodState(TrainableNetwork network) {
            this.network = network;
            this.savedParams = network.params().dup();
            this.goodParams = network.params().dup();
        }

        /** Copies the current weights, before an update. */
        void save() {
            savedParams.assign(network.params());
            INDArray state = network.updaterState();
            if (state != null) {
                if (savedState == null) {
                    savedState = state.dup();
                    goodState = state.dup();
                } else {
                    savedState.assign(state);
                }
            }
        }

        /** The saved weights produced a finite loss: they become the last good ones. */
        void confirm() {
            INDArray swap = goodParams;
            goodParams = savedParams;
            savedParams = swap;
            swap = goodState;
            goodState = savedState;
            savedState = swap;
        }

        void restore() {
            network.params().assign(goodParams);
            INDArray state = network.updaterState();
            if (state != null && goodState != null) {
                state.assign(goodState);
            }
        }
    }
}
