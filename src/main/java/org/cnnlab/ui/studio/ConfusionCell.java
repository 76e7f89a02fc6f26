package org.cnnlab.ui.studio;

/** One cell of the confusion matrix: test images of class {@code actual} that the network called {@code predicted}. */
public record ConfusionCell(int actual, int predicted) {
    /** True on the diagonal, where the network was right. */
    public boolean correct() {
        return actual == predicted;
    }
}
