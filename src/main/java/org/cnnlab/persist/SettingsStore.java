package org.cnnlab.persist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads and saves {@link Settings} as JSON. A missing file gives the defaults; a broken one is
 * kept aside as {@code settings.json.broken} (so nothing is silently destroyed) and also gives the
 * defaults, with a warning in the log.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        return RecoveringJson.read(JSON, file, Settings.class, Settings::defaults);
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(settings));
    }
}
