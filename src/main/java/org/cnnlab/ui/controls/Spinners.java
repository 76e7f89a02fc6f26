package org.cnnlab.ui.controls;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable spinners that forgive typing: text that is not a number (or lies outside the range)
 * keeps the current value instead of throwing from the FX thread, as JavaFX's default converters do.
 */
public final class Spinners {

    private Spinners() {
    }

    /** An editable whole-number spinner over {@code [min, max]}. */
    public static Spinner<Integer> integers(int min, int max, int initial) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                initial);
        Spinner<Integer> spinner = new Spinner<>(factory);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int v = Integer.parseInt(text.strip());
                    return Math.max(min, Math.min(max, v));
                } catch (NumberFormatException e) {
                    restoreText(spinner);
                    return factory.getValue();
                }
            }
        });
        spinner.setEditable(true);
        return spinner;
    }

    /** An editable decimal spinner over {@code [min, max]} stepping by {@code step}. */
    public static Spinner<Double> decimals(double min, double max, double initial, double step) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                initial, step);
        Spinner<Double> spinner = new Spinner<>(factory);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : NumberText.format(value, 4);
            }

            @Override
            public Double fromString(String text) {
                CellValue v = KernelCellParser.parse(text);
                if (v.isValid()) {
                    return Math.max(min, Math.min(max, v.value()));
                }
                restoreText(spinner);
                return factory.getValue();
            }
        });
        spinner.setEditable(true);
        return spinner;
    }

    /** Puts the current value's text back into the editor once the spinner has finished committing. */
    private static <T> void restoreText(Spinner<T> spinner) {
        javafx.application.Platform.runLater(() -> spinner.getEditor().setText(
                spinner.getValueFactory().getConverter().toString(spinner.getValue())));
    }
}
