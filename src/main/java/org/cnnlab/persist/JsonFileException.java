package org.cnnlab.persist;

import java.util.List;

/**
 * A JSON file whose content cannot be used, said in words: its message completes "the file …",
 * e.g. {@code 'uiScale' must be a number} or {@code is not valid JSON (line 3)}, and never carries
 * the parser's own text.
 */
public final class JsonFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Object> location;
    private final String problem;

    JsonFileException(List<Object> location, String problem, Throwable cause) {
        super(describe(location, problem), cause);
        this.location = List.copyOf(location);
        this.problem = problem;
    }

    /**
     * Where in the file the problem is: field names ({@code String}) and list positions
     * ({@code Integer}, counted from 0), outermost first; empty for the file as a whole.
     */
    public List<Object> location() {
        return location;
    }

    /** What is wrong there, completing a sentence that starts with the location, e.g. {@code is missing}. */
    public String problem() {
        return problem;
    }

    /** {@code location} as people count: {@code filters[1].kernels[1]} for the first kernel of the first filter. */
    public static String path(List<Object> location) {
        StringBuilder path = new StringBuilder();
        for (Object step : location) {
            if (step instanceof Integer index) {
                path.append('[').append(index + 1).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step);
            }
        }
        return path.toString();
    }

    private static String describe(List<Object> location, String problem) {
        return location.isEmpty() ? problem : "'" + path(location) + "' " + problem;
    }
}
