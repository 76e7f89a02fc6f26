package org.cnnlab.ui.studio.builder;

/**
 * One row of the builder's Keras-style table: a layer of the draft stack with what shape inference
 * found for it. Rows after the layer where the stack breaks have no shape and no parameters.
 *
 * @param index       0-based position in the stack
 * @param name        Keras-style name ({@code conv2d_1}), numbered as Keras would also past a broken row
 * @param type        Keras class name, e.g. {@code Conv2D}
 * @param settings    the layer's settings for people, e.g. {@code conv 6@5x5 valid relu}
 * @param outputShape the output shape as Keras prints it, e.g. {@code (None, 24, 24, 6)}; empty when unknown
 * @param params      the layer's parameters, -1 when unknown
 * @param problem     why the stack breaks at this row; empty when it does not
 */
public record LayerRow(int index, String name, String type, String settings, String outputShape, long params, String problem) {

    /** Whether the stack breaks at this row. */
    public boolean broken() {
        return !problem.isEmpty();
    }

    /** The parameter count as the table shows it: {@code 2,416}, or a dash when unknown. */
    public String paramsText() {
        return params < 0 ? "—" : org.cnnlab.training.model.ModelSummary.grouped(params);
    }
}
