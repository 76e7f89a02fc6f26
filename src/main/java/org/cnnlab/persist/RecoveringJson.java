package org.cnnlab.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading a JSON file the app keeps for the user (settings, lesson progress) so that a problem
 * never stops the app and never destroys anything: a missing file gives a fresh value; an
 * unreadable one (too large, not JSON, a field missing or wrong) is moved aside as
 * {@code NAME.broken} and also gives a fresh value, with a warning in the log that names the
 * problem.
 */
final class RecoveringJson {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveringJson.class);

    private RecoveringJson() {
    }

    static <T> T read(Path file, long maxBytes, Class<T> type, Supplier<T> fresh) {
        if (!Files.isRegularFile(file)) {
            return fresh.get();
        }
        try {
            return JsonFiles.read(file, maxBytes, type);
        } catch (JsonFileException e) {
            LOG.warn("{} {}; starting afresh and keeping it as .broken", file, e.getMessage());
        } catch (IOException e) {
            LOG.warn("{} cannot be read; starting afresh and keeping it as .broken", file, e);
        }
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".broken"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException moveFailed) {
            LOG.warn("could not move the broken file {} aside", file, moveFailed);
        }
        return fresh.get();
    }
}
