package org.cnnlab.cli;

import java.nio.file.Path;
import org.cnnlab.persist.AppDirectories;

/** Files the CLI shares with the app, in the user's CNN Lab data folder. */
final class CliPaths {
    private CliPaths() {
    }

    static Path engineChoiceFile() {
        return AppDirectories.forCurrentUser().root().resolve("engine-choice.json");
    }
}
