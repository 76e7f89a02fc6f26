package org.cnnlab.ui.controls;

/**
 * What one kernel cell's text means: a usable weight, or the reason it cannot be used.
 *
 * @param value   the weight when {@link #isValid()}
 * @param problem a human sentence saying what is wrong and what to type instead, or {@code null}
 */
public record CellValue(float value, String problem) {

    public static CellValue valid(float value) {
        return new CellValue(value, null);
    }

    public static CellValue invalid(String problem) {
        return new CellValue(Float.NaN, problem);
    }

    public boolean isValid() {
        return problem == null;
    }
}
