package org.cnnlab.training.model;

/**
 * Parameters of a layer or model as Keras counts them: trainable ones change by gradient descent
 * (weights, biases, batch-norm gamma and beta); non-trainable ones are kept statistics (batch-norm
 * moving mean and variance).
 */
public record ParamCount(long trainable, long nonTrainable) {
    public static final ParamCount NONE = new ParamCount(0, 0);

    public long total() {
        return trainable + nonTrainable;
    }

    public ParamCount plus(ParamCount other) {
        return new ParamCount(trainable + other.trainable, nonTrainable + other.nonTrainable);
    }
}
