/**
 * The binding to DL4J and ND4J, the only part of the training packages that builds or calls a
 * native network: a {@link org.cnnlab.training.model.ModelSpec} becomes a DL4J network
 * ({@link org.cnnlab.training.dl4j.NetworkFactory}), wrapped as a
 * {@link org.cnnlab.training.dl4j.TrainableNetwork} that hands out plain arrays; mini-batches as
 * ND4J arrays, the optimisers' updaters, native thread counts and oneDNN helpers, and model files
 * (weights plus CNN Lab's metadata).
 */
package org.cnnlab.training.dl4j;
