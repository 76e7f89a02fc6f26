package org.cnnlab.lessons;

/**
 * A run of text with one style. A {@link Style#LINK} span carries its target: a web address, or
 * {@code cnnlab:SCREEN} to open one of the app's screens (e.g. {@code cnnlab:sandbox}).
 */
public record Span(String text, Style style, String target) {
    /** How a span is written. */
    public enum Style {
        PLAIN,
        EMPHASIS,
        STRONG,
        CODE,
        LINK
    }

    public static Span plain(String text) {
        return new Span(text, Style.PLAIN, null);
    }
}
