/**
 * The images a network learns from: the bundled MNIST and Fashion-MNIST sets
 * ({@link org.cnnlab.training.data.DatasetLibrary}), their IDX files checked against SHA-256
 * manifests ({@link org.cnnlab.training.data.IdxReader}), subsets and the seeded validation split,
 * and the preprocessing that turns a drawing into an MNIST-style digit. Pure Java: no DL4J or ND4J.
 */
package org.cnnlab.training.data;
