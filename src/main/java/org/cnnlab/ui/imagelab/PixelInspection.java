package org.cnnlab.ui.imagelab;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one pixel of a decoded image holds: for every stored channel, in the decoder's own order,
 * the raw sample (0–255, 0–65535 or a float) and the same value normalised to 0–1
 * ({@code normalised = raw / fullScale}).
 *
 * @param x        column, from 0 at the left
 * @param y        row, from 0 at the top
 * @param channels one reading per stored channel, in storage order
 */
public record PixelInspection(int x, int y, List<Channel> channels) {

    /** One channel's value at the pixel. */
    public record Channel(String name, float raw, double normalised) {
        /** E.g. {@code R 255 (1.000)}. */
        public String text() {
            String rawText = raw == Math.rint(raw) ? String.valueOf((long) raw) : String.format(Locale.ROOT, "%.4f", raw);
            return String.format(Locale.ROOT, "%s %s (%.3f)", name, rawText, normalised);
        }
    }

    public PixelInspection {
        channels = List.copyOf(channels);
    }

    /** E.g. {@code x 3, y 2 · R 255 (1.000) · G 0 (0.000) · B 0 (0.000)}. */
    public String text() {
        return "x " + x + ", y " + y + " · " + channels.stream().map(Channel::text).collect(Collectors.joining(" · "));
    }
}
