package org.cnnlab.ui.controls;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into one kernel cell. A weight must be a finite number written with a
 * decimal point, no larger in magnitude than {@value #MAX_MAGNITUDE}.
 *
 * <p>"1,5" is refused on purpose, with a message that suggests "1.5": a comma also separates
 * values (pasted rows, the CLI's {@code --kernel "1,0,-1"}) and thousands ("1,500"), so guessing
 * would silently turn one of those into a different kernel. The message names the decimal comma
 * so that a user of a comma-decimal locale knows exactly what to change.
 */
public final class KernelCellParser {
    /** Largest accepted magnitude: beyond it the maps overflow any useful colour scale. */
    public static final double MAX_MAGNITUDE = 1e6;

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");
    private static final Pattern FRACTION = Pattern.compile("\\s*([+-]?[0-9.]+)\\s*/\\s*([0-9.]+)\\s*");

    private KernelCellParser() {
    }

    /** The meaning of {@code text}; never throws. */
    public static CellValue parse(String text) {
        String t = text == null ? "" : text.strip().replace('−', '-');
        if (t.isEmpty()) {
            return CellValue.invalid("this cell is empty; type a number (0 if the weight should be zero)");
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return CellValue.invalid("'" + t + "' uses a decimal comma; type " + t.replace(',', '.')
                    + " (weights are written with a decimal point)");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("nan")) {
            return CellValue.invalid("NaN is not a number a kernel can multiply with; type a finite number");
        }
        if (lower.contains("inf") || t.contains("∞")) {
            return CellValue.invalid("infinity would make every output infinite; type a finite number");
        }
        double value;
        var fraction = FRACTION.matcher(t);
        try {
            if (fraction.matches()) {
                double denominator = Double.parseDouble(fraction.group(2));
                if (denominator == 0) {
                    return CellValue.invalid("'" + t + "' divides by zero; type a finite number");
                }
                value = Double.parseDouble(fraction.group(1)) / denominator;
            } else {
                if (!t.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?")) {
                    throw new NumberFormatException(t);
                }
                value = Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            return CellValue.invalid("'" + t + "' is not a number; type something like 1, -2 or 0.25");
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return CellValue.invalid("'" + t + "' is too large (more than a million in size); "
                    + "the map would lose all detail, so use a smaller weight");
        }
        return CellValue.valid((float) value);
    }
}
