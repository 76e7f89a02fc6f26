package org.cnnlab.lessons;

import java.util.List;
import java.util.Locale;

/**
 * A question with one right answer. A numeric exercise accepts any number within
 * {@code tolerance} of {@code answer} (written with a decimal point or a decimal comma, with or
 * without thousands separators); a choice exercise accepts one of its {@code choices}, by text or
 * by letter (a, b, c…). The explanation is shown once the answer is right, or on request.
 *
 * @param id          unique within its lesson; progress is stored by it
 * @param question    what is asked
 * @param choices     the options of a choice exercise, empty for a numeric one
 * @param answer      the right answer: a number, or the text of the right choice
 * @param tolerance   how far a numeric answer may be from {@code answer}
 * @param hint        shown after a wrong answer
 * @param explanation how to get there
 */
public record Exercise(String id, String question, List<String> choices, String answer, double tolerance, String hint,
        String explanation) {
    public Exercise {
        choices = List.copyOf(choices);
        if (choices.isEmpty() && parseNumber(answer) == null) {
            throw new IllegalArgumentException("The answer of exercise '" + id + "' is not a number: " + answer);
        }
        if (!choices.isEmpty() && !choices.contains(answer)) {
            throw new IllegalArgumentException("The answer of exercise '" + id + "' is not one of its choices: " + answer);
        }
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** Judges a student's answer. */
    public CheckResult check(String given) {
        String trimmed = given == null ? "" : given.strip();
        if (trimmed.isEmpty()) {
            return new CheckResult(false, "Type an answer first.");
        }
        return isChoice() ? checkChoice(trimmed) : checkNumber(trimmed);
    }

    private CheckResult checkChoice(String given) {
        String chosen = given;
        if (given.length() == 1 && Character.isLetter(given.charAt(0))) {
            int index = Character.toLowerCase(given.charAt(0)) - 'a';
            if (index >= 0 && index < choices.size()) {
                chosen = choices.get(index);
            }
        }
        if (chosen.equalsIgnoreCase(answer)) {
            return new CheckResult(true, "Right. " + explanation);
        }
        return new CheckResult(false, "Not quite. " + hint);
    }

    private CheckResult checkNumber(String given) {
        Double value = parseNumber(given);
        if (value == null) {
            return new CheckResult(false, "'" + given + "' is not a number. Write digits, e.g. 24 or 0.5.");
        }
        double expected = parseNumber(answer);
        if (Math.abs(value - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected))) {
            return new CheckResult(true, "Right. " + explanation);
        }
        return new CheckResult(false, String.format(Locale.ROOT, "%s is not it. %s", given, hint));
    }

    /**
     * Reads a number the way people write it: {@code 24}, {@code -0.5}, {@code 0,5},
     * {@code 44,164}, {@code 44 164}, {@code 1e-3}. A single comma followed by exactly three
     * digits is a thousands separator; any other single comma is a decimal comma.
     *
     * @return the number, or null when the text is not one
     */
    static Double parseNumber(String text) {
        String s = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "");
        int commas = s.length() - s.replace(",", "").length();
        if (commas > 0) {
            boolean thousands = s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
            if (thousands) {
                s = s.replace(",", "");
            } else if (commas == 1 && !s.contains(".")) {
                s = s.replace(',', '.');
            } else {
                return null;
            }
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            double value = Double.parseDouble(s);
            return Double.isFinite(value) && !s.matches(".*[a-zA-Z&&[^eE]].*") ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
