package org.cnnlab.training.model;

import java.util.Optional;

/**
 * How the weights move after each batch, given the gradient g and learning rate lr. Default
 * learning rates and constants are Keras' own; the DL4J binding builds the matching updater
 * ({@code Updaters} in the DL4J binding).
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

    /** The optimiser with this CLI name, ignoring case. */
    public static Optional<OptimizerKind> byName(String name) {
        return CliNames.find(values(), OptimizerKind::cliName, name);
    }
}
