package org.cnnlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.DatasetSubset;
import org.cnnlab.training.data.ValidationSplit;
import org.cnnlab.training.dl4j.ModelFile;
import org.cnnlab.training.dl4j.ModelFileException;
import org.cnnlab.training.dl4j.ModelMetadata;
import org.cnnlab.training.dl4j.TrainableNetwork;
import org.cnnlab.training.model.LearningRateSchedule;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.OptimizerKind;
import org.cnnlab.training.model.ZooModel;
import org.cnnlab.training.run.Evaluation;
import org.cnnlab.training.run.Trainer;
import org.cnnlab.training.run.TrainingConfig;
import org.cnnlab.training.run.TrainingControl;
import org.cnnlab.training.run.TrainingOutcome;
import org.cnnlab.training.run.TrainingSamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cnnlab train}: trains a zoo model on MNIST or Fashion-MNIST, showing progress, then
 * scores it on the whole test set. Ctrl+C stops after the current batch and still reports what was
 * reached. Exit codes: 0 trained, 1 the loss diverged (the last good weights were restored, nothing
 * saved), 2 bad input, 130 stopped with Ctrl+C.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains a zoo model on MNIST or Fashion-MNIST and reports test accuracy and images per second.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:the loss diverged (NaN or infinite); the last good weights were restored, nothing was saved",
                "2:bad input", "130:stopped with Ctrl+C"})
final class TrainCommand implements Callable<Integer> {
    /** Exit code when the loss turned NaN or infinite. */
    static final int DIVERGED = 1;
    /** Exit code after Ctrl+C (128 + SIGINT), as shells report it. */
    static final int STOPPED = 130;
    /** Training accuracy is scored on at most this many training samples after each epoch. */
    static final int TRAINING_ACCURACY_SAMPLES = 10_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME", completionCandidates = SummaryCommand.ZooNames.class,
            description = "one of: ${COMPLETION-CANDIDATES}")
    String model;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "mnist or fashion")
    String dataset;

    @Option(names = "--epochs", defaultValue = "1", description = "passes over the training images (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "images per weight update (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "NAME",
            description = "sgd, momentum, adam, nadam or rmsprop (default ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "learning rate (default: Keras' default for the optimiser)")
    Double learningRate;

    @Option(names = "--schedule", defaultValue = "constant", paramLabel = "NAME",
            description = "how the learning rate changes over the run: constant, or cosine (eased down to zero by the "
                    + "last batch) (default ${DEFAULT-VALUE})")
    String schedule;

    @Option(names = "--limit", paramLabel = "N", description = "use only the first N training images (default: all 60,000)")
    Integer limit;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "seeds the weights, the validation split and the batch order (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--validation", defaultValue = "0.2", paramLabel = "F",
            description = "share of the training images held out for validation, 0 to below 1 (default ${DEFAULT-VALUE})")
    double validation;

    @Option(names = "--out", paramLabel = "FILE", description = "save the trained model (CNN Lab model file, .zip)")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "write the results and per-epoch history as JSON")
    Path json;

    /** Whether stdout is a terminal, so the progress bar can redraw itself; tests set it. */
    boolean terminal = System.console() != null;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ZooModel zooModel = ModelZoo.byName(model).orElseThrow(() -> bad(
                "unknown model '" + model + "': choose one of " + String.join(", ", ModelZoo.names())));
        DatasetId datasetId = DatasetId.byName(dataset).orElseThrow(() -> bad(
                "unknown dataset '" + dataset + "': choose mnist or fashion"));
        OptimizerKind optimizerKind = OptimizerKind.byName(optimizer).orElseThrow(() -> bad(
                "unknown optimizer '" + optimizer + "': choose sgd, momentum, adam, nadam or rmsprop"));
        LearningRateSchedule scheduleKind = LearningRateSchedule.byName(schedule).orElseThrow(() -> bad(
                "unknown schedule '" + schedule + "': choose constant or cosine"));
        if (limit != null && limit < 1) {
            throw bad("--limit must be at least 1, not " + limit);
        }
        TrainingConfig config;
        try {
            config = new TrainingConfig(optimizerKind, learningRate == null ? optimizerKind.defaultLearningRate() : learningRate,
                    scheduleKind, batch, epochs, validation, seed, limit == null ? 0 : limit);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        checkWritable(out, "--out");
        checkWritable(json, "--json");

        PrintWriter stdout = spec.commandLine().getOut();
        DatasetLibrary library = DatasetLibrary.bundled();
        Dataset trainSet;
        Dataset testSet;
        try {
            trainSet = library.load(datasetId, DatasetSplit.TRAIN);
            testSet = library.load(datasetId, DatasetSplit.TEST);
        } catch (DatasetException e) {
            throw new CliFailure(e.getMessage());
        }
        ValidationSplit split;
        try {
            split = TrainingSamples.of(trainSet, config);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        TrainableNetwork network;
        try {
            network = TrainableNetwork.create(zooModel.spec(), config.optimizer(), config.learningRate(), config.seed());
        } catch (ModelSpecException e) {
            throw new CliFailure(e.getMessage());
        }

        stdout.printf(Locale.ROOT, "%s (%,d parameters) on %s: %,d training and %,d validation images,"
                + " %s at %s, batch %d, %d epoch%s, seed %d.%n",
                zooModel.title(), network.numParams(), datasetId.displayName(), split.training().size(),
                split.validation().size(), optimizerKind.displayName(), config.learningRate(), config.batchSize(),
                config.epochs(), config.epochs() == 1 ? "" : "s", config.seed());
        if (terminal) {
            stdout.println("Press Ctrl+C to stop; what was reached is still reported.");
        }
        stdout.flush();

        DatasetSubset accuracySample = split.training().limit(TRAINING_ACCURACY_SAMPLES);
        TrainingProgressPrinter progress = new TrainingProgressPrinter(stdout, terminal, config.epochs(),
                split.training().size(), epoch -> Evaluation.of(network, accuracySample).accuracy());
        TrainingControl control = new TrainingControl();
        CountDownLatch reported = new CountDownLatch(1);
        Thread stopOnCtrlC = new Thread(() -> {
            control.stop();
            try {
                reported.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cnnlab-train-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        long start = System.nanoTime();
        try {
            TrainingOutcome outcome = new Trainer().train(network, split, config, progress, control);
            progress.endBarLine();
            return report(outcome, zooModel, datasetId, network, config, split, testSet, progress, start, stdout);
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C: the hook is running and waited for the report above
            }
        }
    }

    private int report(TrainingOutcome outcome, ZooModel zooModel, DatasetId datasetId, TrainableNetwork network,
            TrainingConfig config, ValidationSplit split, Dataset testSet, TrainingProgressPrinter progress, long start,
            PrintWriter stdout) throws IOException {
        Evaluation test = null;
        String status;
        int exitCode;
        switch (outcome.status()) {
            case COMPLETED -> {
                test = Evaluation.of(network, DatasetSubset.all(testSet));
                status = "completed";
                exitCode = 0;
                stdout.printf(Locale.ROOT, "Test accuracy %s (loss %.4f) on %,d test images.%n",
                        TrainingProgressPrinter.percent(test.accuracy()), test.meanLoss(), test.samples());
            }
            case STOPPED -> {
                status = "stopped";
                exitCode = STOPPED;
                List<TrainingProgressPrinter.EpochLine> history = progress.history();
                String reached = history.isEmpty() || Double.isNaN(history.get(history.size() - 1).validationAccuracy()) ? ""
                        : "; validation accuracy after epoch " + history.size() + " was "
                                + TrainingProgressPrinter.percent(history.get(history.size() - 1).validationAccuracy());
                stdout.printf(Locale.ROOT, "Stopped after %d of %d epochs (%,d images)%s; not tested%s.%n",
                        outcome.epochsCompleted(), config.epochs(), outcome.imagesSeen(), reached,
                        out == null ? "" : " and not saved");
            }
            default -> {
                status = "diverged";
                exitCode = DIVERGED;
                spec.commandLine().getErr().println("train: " + outcome.message());
                spec.commandLine().getErr().flush();
                stdout.printf(Locale.ROOT, "Reached %d of %d epochs (%,d images) before the loss diverged; nothing saved.%n",
                        outcome.epochsCompleted(), config.epochs(), outcome.imagesSeen());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "Training speed %,.0f images/s (weight updates only); %s in all.%n",
                outcome.imagesPerSecond(), TrainingProgressPrinter.duration(seconds));
        if (test != null && out != null) {
            try {
                ModelFile.save(out, network, new ModelMetadata(datasetId, datasetId.classNames(), config.optimizer(),
                        config.learningRate(), config.batchSize(), outcome.epochsCompleted(), config.seed(), test.accuracy(),
                        Instant.now().toString()));
            } catch (ModelFileException e) {
                throw new CliFailure(e.getMessage());
            }
            stdout.println("saved " + out);
        }
        if (json != null) {
            JsonFile.write(json, asJson(status, outcome, test, zooModel, datasetId, network, config, split, progress, seconds));
            stdout.println("wrote " + json);
        }
        stdout.flush();
        return exitCode;
    }

    private Map<String, Object> asJson(String status, TrainingOutcome outcome, Evaluation test, ZooModel zooModel,
            DatasetId datasetId, TrainableNetwork network, TrainingConfig config, ValidationSplit split,
            TrainingProgressPrinter progress, double seconds) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", zooModel.name());
        root.put("dataset", datasetId.cliName());
        root.put("params", network.numParams());
        root.put("status", status);
        root.put("test_accuracy", test == null ? null : test.accuracy());
        root.put("test_loss", test == null ? null : test.meanLoss());
        root.put("images_per_second", outcome.imagesPerSecond());
        root.put("epochs", config.epochs());
        root.put("epochs_completed", outcome.epochsCompleted());
        root.put("batch", config.batchSize());
        root.put("optimizer", config.optimizer().cliName());
        root.put("learning_rate", config.learningRate());
        root.put("schedule", config.schedule().cliName());
        root.put("seed", config.seed());
        root.put("validation_fraction", config.validationFraction());
        root.put("training_images", split.training().size());
        root.put("validation_images", split.validation().size());
        root.put("images_seen", outcome.imagesSeen());
        root.put("seconds", seconds);
        root.put("model_file", test != null && out != null ? out.toString() : null);
        List<Map<String, Object>> history = new ArrayList<>();
        for (TrainingProgressPrinter.EpochLine line : progress.history()) {
            Map<String, Object> epoch = new LinkedHashMap<>();
            epoch.put("epoch", line.epoch() + 1);
            epoch.put("loss", line.trainingLoss());
            epoch.put("accuracy", line.trainingAccuracy());
            epoch.put("val_loss", finiteOrNull(line.validationLoss()));
            epoch.put("val_accuracy", finiteOrNull(line.validationAccuracy()));
            history.add(epoch);
        }
        root.put("history", history);
        return root;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private void checkWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw bad(option + " " + file + " is a folder; give a file name");
        }
        Path folder = absolute.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw bad(option + " " + file + " cannot be written there; choose a folder you can write to");
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
