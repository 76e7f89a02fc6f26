package org.cnnlab.persist;

import java.nio.file.Path;

/**
 * Loads and saves {@link Settings} as JSON, e.g.
 * {@code {"engine": "auto", "decoder": "twelvemonkeys", "darkTheme": false, "uiScale": 1.0, "maxMegapixels": 40.0,
 * "studio": {"model": "lenet5", …}}}.
 * A missing file gives the defaults; a broken one (not JSON, or a field missing or out of range)
 * is kept aside as {@code settings.json.broken} (so nothing is silently destroyed) and also gives
 * the defaults, with a warning in the log that names the field.
 */
public final class SettingsStore {
    /** Far more than the five settings take; a larger file is not a settings file. */
    static final long MAX_BYTES = 64 * 1024;

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        return RecoveringJson.read(file, MAX_BYTES, Stored.class, () -> new Stored(Settings.defaults())).toSettings();
    }

    public void save(Settings settings) throws FileSaveException {
        AtomicFiles.write(file, JsonFiles.toBytes(new Stored(settings)));
    }

    /**
     * The settings file's fields, each required and in range, except {@code studio} and
     * {@code sandboxImage}: files saved before they were remembered lack them (and the studio's own
     * fields mean "the studio's default" when unset).
     */
    record Stored(String engine, String decoder, Boolean darkTheme, Double uiScale, Double maxMegapixels,
            StudioSettings studio, String sandboxImage) {
        Stored {
            InvalidFieldException.text(engine, "engine");
            InvalidFieldException.text(decoder, "decoder");
            InvalidFieldException.required(darkTheme, "darkTheme");
            double scale = InvalidFieldException.finite(uiScale, "uiScale");
            if (scale < Settings.MIN_SCALE || scale > Settings.MAX_SCALE) {
                throw new InvalidFieldException("uiScale", "must be between " + Settings.MIN_SCALE + " and "
                        + Settings.MAX_SCALE + ", not " + scale);
            }
            if (InvalidFieldException.finite(maxMegapixels, "maxMegapixels") <= 0) {
                throw new InvalidFieldException("maxMegapixels", "must be more than 0");
            }
        }

        Stored(Settings settings) {
            this(settings.engine(), settings.decoder(), settings.darkTheme(), settings.uiScale(), settings.maxMegapixels(),
                    settings.studio(), settings.sandboxImage());
        }

        Settings toSettings() {
            return new Settings(engine, decoder, darkTheme, uiScale, maxMegapixels,
                    studio == null ? StudioSettings.unset() : studio, sandboxImage);
        }
    }
}
