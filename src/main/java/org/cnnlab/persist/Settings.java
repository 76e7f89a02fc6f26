package org.cnnlab.persist;

/**
 * The user's preferences, saved between sessions ({@link SettingsStore}). Values set inside the
 * app are made safe here (an out-of-range scale becomes 1.0); a settings file with a missing or
 * wrong field is refused field by field when it is read.
 *
 * @param engine        convolution engine name, or {@code auto} for the fastest that passes the golden checks
 * @param decoder       decoder id the image lab opens files with
 * @param darkTheme     dark instead of light colours
 * @param uiScale       font scale: 1.0 for a laptop, 1.5 or 2.0 for a projector
 * @param maxMegapixels images larger than this are refused or downsampled
 * @param studio        the training studio's last choices
 * @param sandboxImage  the image file last sent to the kernel sandbox, opened there again at the next
 *                      start; empty for the starter sample
 */
public record Settings(String engine, String decoder, boolean darkTheme, double uiScale, double maxMegapixels,
        StudioSettings studio, String sandboxImage) {
    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 3.0;

    public Settings {
        engine = engine == null || engine.isBlank() ? "auto" : engine;
        decoder = decoder == null || decoder.isBlank() ? "twelvemonkeys" : decoder;
        uiScale = Double.isFinite(uiScale) && uiScale >= MIN_SCALE && uiScale <= MAX_SCALE ? uiScale : 1.0;
        maxMegapixels = Double.isFinite(maxMegapixels) && maxMegapixels > 0 ? maxMegapixels : 40.0;
        studio = studio == null ? StudioSettings.unset() : studio;
        sandboxImage = sandboxImage == null ? "" : sandboxImage;
    }

    public static Settings defaults() {
        return new Settings("auto", "twelvemonkeys", false, 1.0, 40.0, StudioSettings.unset(), "");
    }

    public Settings withEngine(String value) {
        return new Settings(value, decoder, darkTheme, uiScale, maxMegapixels, studio, sandboxImage);
    }

    public Settings withDecoder(String value) {
        return new Settings(engine, value, darkTheme, uiScale, maxMegapixels, studio, sandboxImage);
    }

    public Settings withDarkTheme(boolean value) {
        return new Settings(engine, decoder, value, uiScale, maxMegapixels, studio, sandboxImage);
    }

    public Settings withUiScale(double value) {
        return new Settings(engine, decoder, darkTheme, value, maxMegapixels, studio, sandboxImage);
    }

    public Settings withMaxMegapixels(double value) {
        return new Settings(engine, decoder, darkTheme, uiScale, value, studio, sandboxImage);
    }

    public Settings withStudio(StudioSettings value) {
        return new Settings(engine, decoder, darkTheme, uiScale, maxMegapixels, value, sandboxImage);
    }

    public Settings withSandboxImage(String value) {
        return new Settings(engine, decoder, darkTheme, uiScale, maxMegapixels, studio, value);
    }
}
