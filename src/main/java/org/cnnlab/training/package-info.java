/**
 * The training studio's model, without any UI, in four layers that each depend only on the ones
 * before them:
 * <ul>
 * <li>{@link org.cnnlab.training.model}: architectures as our own plain data, with shape inference
 * and Keras parameter counts; pure Java.</li>
 * <li>{@link org.cnnlab.training.data}: the bundled datasets, their IDX files and checksums, subsets
 * and splits, MNIST-style digit preprocessing; pure Java.</li>
 * <li>{@link org.cnnlab.training.dl4j}: the binding to DL4J and ND4J: networks built from a model
 * description, mini-batches as ND4J arrays, native threads and helpers, model files.</li>
 * <li>{@link org.cnnlab.training.run}: running a training (the loop, its settings, control and
 * reports) and scoring a network; it drives a DL4J network, so it uses ND4J's batches and arrays.</li>
 * </ul>
 * Everything handed out is a copy in plain Java arrays, never a live ND4J array; nothing here
 * imports JavaFX.
 */
package org.cnnlab.training;
