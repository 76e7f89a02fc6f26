package org.cnnlab.training.model;

/**
 * A ready-made model from the reference notebooks.
 *
 * @param name            the CLI name, e.g. {@code lenet5}
 * @param title           a title for people
 * @param source          where the architecture comes from
 * @param spec            the architecture (input 28x28x1)
 */
public record ZooModel(String name, String title, String source, ModelSpec spec) {
}
