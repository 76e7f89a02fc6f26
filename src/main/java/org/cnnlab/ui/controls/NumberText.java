package org.cnnlab.ui.controls;

import java.util.Locale;

/** Numbers as a teacher writes them on the board: no trailing zeros, a decimal point, an ASCII minus (so they can be typed back). */
public final class NumberText {

    private NumberText() {
    }

    /** {@code value} with at most {@code decimals} decimals and no trailing zeros ({@code 0.5}, {@code 30}, {@code -0.0625}). */
    public static String format(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return Long.toString((long) value);
        }
        if (Math.abs(value) >= 1e7) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        if (Math.abs(value) < Math.pow(10, -decimals) / 2 && value != 0) {
            if (decimals >= 4) {
                return String.format(Locale.ROOT, "%.3g", value);
            }
            decimals++;
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return "-0".equals(s) ? "0" : s;
    }

    /** A range end for a narrow label: about four significant digits ({@code 2068}, {@code 84.52}, {@code -0.031}). */
    public static String compact(double value) {
        double a = Math.abs(value);
        return format(value, a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 3);
    }

    /** A weight the way a kernel cell shows it: up to 4 decimals. */
    public static String weight(double value) {
        return format(value, 4);
    }
}
