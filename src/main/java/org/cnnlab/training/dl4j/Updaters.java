package org.cnnlab.training.dl4j;

import org.cnnlab.training.model.OptimizerKind;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Each {@link OptimizerKind} as a DL4J updater, with Keras' constants: momentum 0.9 for Nesterov
 * SGD, epsilon 1e-7 for Adam, Nadam and RMSprop, rho 0.9 for RMSprop, DL4J's (= Keras') betas.
 */
public final class Updaters {
    private static final double KERAS_RMSPROP_RHO = 0.9;
    private static final double KERAS_EPSILON = 1e-7;
    private static final double MOMENTUM_COEFFICIENT = 0.9;

    private Updaters() {
    }

    /** The DL4J updater for {@code optimizer} at {@code learningRate}. */
    public static IUpdater of(OptimizerKind optimizer, double learningRate) {
        return switch (optimizer) {
            case SGD -> new Sgd(learningRate);
            case MOMENTUM -> new Nesterovs(learningRate, MOMENTUM_COEFFICIENT);
            case ADAM -> new Adam(learningRate, Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY, Adam.DEFAULT_ADAM_BETA2_VAR_DECAY, KERAS_EPSILON);
            case NADAM -> new Nadam(learningRate, Nadam.DEFAULT_NADAM_BETA1_MEAN_DECAY, Nadam.DEFAULT_NADAM_BETA2_VAR_DECAY, KERAS_EPSILON);
            case RMSPROP -> new RmsProp(learningRate, KERAS_RMSPROP_RHO, KERAS_EPSILON);
        };
    }
}
