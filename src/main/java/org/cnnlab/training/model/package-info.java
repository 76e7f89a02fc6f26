/**
 * What a network is, as plain data: layers ({@link org.cnnlab.training.model.LayerSpec}) and
 * architectures ({@link org.cnnlab.training.model.ModelSpec}) with shape inference and Keras
 * parameter counts, the model zoo, their JSON form, the optimisers and learning-rate schedules a
 * run can choose, and the snapshots a network hands out (layer outputs, kernels). Pure Java: no
 * DL4J or ND4J, so the UI and the model builder can use all of it.
 */
package org.cnnlab.training.model;
