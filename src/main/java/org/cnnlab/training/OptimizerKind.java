package org.cnnlab.training;

import java.util.Optional;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * How the weights move after each batch, given the gradient g and learning rate lr. Default
 * learning rates and constants are Keras' own.
 */
public enum OptimizerKind {
    /** w -= lr * g. */
    SGD("sgd", "SGD", 0.01),
    /** SGD with Nesterov momentum 0.9: a velocity that keeps most of its direction between batches. */
    MOMENTUM("momentum", "SGD + momentum", 0.01),
    /** Adam: per-weight steps from running means of g and g² (beta1 0.9, beta2 0.999). */
    ADAM("adam", "Adam", 1e-3),
    /** Adam with Nesterov momentum. */
    NADAM("nadam", "Nadam", 1e-3),
    /** RMSprop: steps divided by a running root mean square of g (rho 0.9, epsilon 1e-7). */
    RMSPROP("rmsprop", "RMSprop", 1e-3);

    private static final double KERAS_RMSPROP_RHO = 0.9;
    private static final double KERAS_EPSILON = 1e-7;
    private static final double MOMENTUM_COEFFICIENT = 0.9;

    private final String cliName;
    private final String displayName;
    private final double defaultLearningRate;

    OptimizerKind(String cliName, String displayName, double defaultLearningRate) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.defaultLearningRate = defaultLearningRate;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** The DL4J updater for this optimiser at {@code learningRate}. */
    public IUpdater updater(double learningRate) {
        return switch (this) {
            case SGD -> new Sgd(learningRate);
            case MOMENTUM -> new Nesterovs(learningRate, MOMENTUM_COEFFICIENT);
            case ADAM -> new Adam(learningRate, Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY, Adam.DEFAULT_ADAM_BETA2_VAR_DECAY, KERAS_EPSILON);
            case NADAM -> new Nadam(learningRate, Nadam.DEFAULT_NADAM_BETA1_MEAN_DECAY, Nadam.DEFAULT_NADAM_BETA2_VAR_DECAY, KERAS_EPSILON);
            case RMSPROP -> new RmsProp(learningRate, KERAS_RMSPROP_RHO, KERAS_EPSILON);
        };
    }

    /** The optimiser with this CLI name, ignoring case. */
    public static Optional<OptimizerKind> byName(String name) {
        return CliNames.find(values(), OptimizerKind::cliName, name);
    }
}
