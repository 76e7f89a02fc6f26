package org.cnnlab.ui.studio;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save a model and which one to open. The default shows the system's file
 * dialogs, starting in the folder used last; tests replace it.
 */
public interface ModelFileChooser {
    /** The file to save to, empty when the user cancels. */
    Optional<Path> chooseSaveFile(Window owner, String suggestedName);

    /** The model file to open, empty when the user cancels. */
    Optional<Path> chooseOpenFile(Window owner);

    /** The system's file dialogs for CNN Lab model files ({@code .zip}). */
    static ModelFileChooser dialogs() {
        return new ModelFileChooser() {
            private File folder = new File(System.getProperty("user.home"));

            @Override
            public Optional<Path> chooseSaveFile(Window owner, String suggestedName) {
                FileChooser chooser = chooser("Save the model");
                chooser.setInitialFileName(suggestedName);
                return remember(chooser.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> chooseOpenFile(Window owner) {
                return remember(chooser("Open a model").showOpenDialog(owner));
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CNN Lab model (*.zip)", "*.zip"));
                if (folder.isDirectory()) {
                    chooser.setInitialDirectory(folder);
                }
                return chooser;
            }

            private Optional<Path> remember(File chosen) {
                if (chosen == null) {
                    return Optional.empty();
                }
                folder = chosen.getParentFile();
                return Optional.of(chosen.toPath());
            }
        };
    }
}
