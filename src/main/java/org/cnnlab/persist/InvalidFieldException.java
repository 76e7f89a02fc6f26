package org.cnnlab.persist;

/**
 * A field of a JSON file that is missing or has an impossible value, thrown by the compact
 * constructor of the record the file is bound to. {@link JsonFiles} adds where in the file the
 * record was, so the user reads e.g. {@code 'filters[2].bias' must be a finite number}.
 */
public final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the field's name in the file, e.g. {@code poolSize}
     * @param problem what is wrong, completing a sentence that starts with the field's name, e.g. {@code is missing}
     */
    public InvalidFieldException(String field, String problem) {
        super("'" + field + "' " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's name in the file. */
    public String field() {
        return field;
    }

    /** What is wrong with it, e.g. {@code is missing}. */
    public String problem() {
        return problem;
    }

    /** {@code value}, or this exception naming {@code field} when it is absent (missing or {@code null}). */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is missing");
        }
        return value;
    }

    /** An unmodifiable copy of {@code value} when it is present and holds no {@code null}. */
    public static <T> java.util.List<T> list(java.util.List<T> value, String field) {
        if (required(value, field).stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidFieldException(field, "holds an empty entry (null)");
        }
        return java.util.List.copyOf(value);
    }

    /** {@code value} when it is present and within {@code min..max}. */
    public static int within(Integer value, String field, int min, int max) {
        int v = required(value, field);
        if (v < min || v > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max + ", not " + v);
        }
        return v;
    }

    /** {@code value} when it is present and finite. */
    public static double finite(Double value, String field) {
        double v = required(value, field);
        if (!Double.isFinite(v)) {
            throw new InvalidFieldException(field, "must be a finite number");
        }
        return v;
    }

    /** {@code value} when it is present and not blank. */
    public static String text(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new InvalidFieldException(field, "is empty");
        }
        return value;
    }
}
