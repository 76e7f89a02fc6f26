package org.cnnlab.ui.studio.data;

/**
 * How many samples of a dataset split carry one label.
 *
 * @param label the class index, 0–9
 * @param name  the class name (the digit for MNIST, the article for Fashion-MNIST)
 * @param count the number of samples
 */
public record ClassCount(int label, String name, int count) {
}
