/**
 * The training studio's model, without any UI: the bundled datasets ({@link org.cnnlab.training.DatasetLibrary},
 * {@link org.cnnlab.training.IdxReader}), architectures as our own plain data with shape inference and Keras
 * parameter counts ({@link org.cnnlab.training.ModelSpec}, {@link org.cnnlab.training.ModelZoo},
 * {@link org.cnnlab.training.ModelSummary}), their DL4J networks ({@link org.cnnlab.training.NetworkFactory},
 * {@link org.cnnlab.training.TrainableNetwork}), the training loop ({@link org.cnnlab.training.Trainer}), what the
 * views show (layer outputs, kernels, confusion matrix, MNIST-style digit preprocessing) and model files.
 * Everything handed out is a copy in plain Java arrays, never a live ND4J array; nothing here imports JavaFX.
 */
package org.cnnlab.training;
