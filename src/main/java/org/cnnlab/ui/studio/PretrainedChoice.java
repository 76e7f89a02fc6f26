package org.cnnlab.ui.studio;

import java.nio.file.Path;

/**
 * A trained network that ships with the app, ready to open: a class can start from a network
 * that already reads digits when there is no time to train.
 *
 * @param title what the menu says, e.g. "LeNet-5 on MNIST (97.8%)"
 * @param file  the model file
 */
public record PretrainedChoice(String title, Path file) {
}
