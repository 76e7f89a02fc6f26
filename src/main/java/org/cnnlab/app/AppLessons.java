package org.cnnlab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cnnlab.lessons.Lesson;
import org.cnnlab.lessons.LessonFormatException;
import org.cnnlab.lessons.LessonLibrary;
import org.cnnlab.lessons.LessonPack;
import org.cnnlab.lessons.LessonProgress;
import org.cnnlab.persist.FileSaveException;
import org.cnnlab.persist.LessonProgressFile;
import org.cnnlab.ui.ErrorReporter;
import org.cnnlab.ui.lessons.LessonsView;
import org.cnnlab.ui.lessons.LessonsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the lessons screen: reads the installation's lessons and the user's lesson packs,
 * restores the student's progress and saves it after every solved exercise, and installs lesson
 * packs (from the screen's button or a double-clicked file). A lesson or pack that cannot be read
 * is reported in the message bar; the others still open.
 */
final class AppLessons {
    private static final Logger LOG = LoggerFactory.getLogger(AppLessons.class);

    private final Path folder;
    private final Path packsRoot;
    private final LessonProgressFile progressFile;
    private final LessonProgress progress;
    private final ErrorReporter errors;
    private LessonsViewModel vm;

    AppLessons(Path folder, Path packsRoot, Path progressPath, ErrorReporter errors) {
        this.folder = folder;
        this.packsRoot = packsRoot;
        this.progressFile = new LessonProgressFile(progressPath);
        LessonProgressFile.Contents saved = progressFile.load();
        this.progress = new LessonProgress(saved.solved(), saved.lastLesson());
        this.errors = errors;
    }

    Node createView(Consumer<String> openScreen) {
        vm = new LessonsViewModel(readLessons(), progress, this::save);
        return new LessonsView(vm, openScreen, this::chooseAndInstallPack);
    }

    /**
     * Installs {@code pack} and makes its first lesson the one the screen opens.
     *
     * @return true when it was installed
     */
    boolean installPack(Path pack) {
        try {
            List<Lesson> installed = LessonPack.install(pack, packsRoot).lessons();
            progress.setLastLesson(installed.get(0).id());
            save(progress);
            if (vm != null) {
                vm.lessons().setAll(readLessons());
                vm.lessons().stream().filter(l -> l.id().equals(installed.get(0).id())).findFirst()
                        .ifPresent(vm.currentProperty()::set);
            }
            errors.show("Installed the lesson pack '" + pack.getFileName() + "': " + installed.size() + " lesson"
                    + (installed.size() == 1 ? "" : "s") + ".");
            return true;
        } catch (LessonFormatException e) {
            LOG.warn("lesson pack {} refused", pack, e);
            errors.show(e.getMessage());
            return false;
        }
    }

    private void chooseAndInstallPack(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a lesson pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson packs", "*" + LessonPack.EXTENSION));
        Optional.ofNullable(chooser.showOpenDialog(owner)).ifPresent(file -> installPack(file.toPath()));
    }

    private List<Lesson> readLessons() {
        try {
            LessonLibrary library = LessonLibrary.loadWithPacks(folder, packsRoot);
            library.problems().forEach(errors::show);
            return library.lessons();
        } catch (LessonFormatException e) {
            LOG.warn("lessons unavailable", e);
            errors.show(e.getMessage());
            return List.of();
        }
    }

    private void save(LessonProgress current) {
        try {
            progressFile.save(current.solvedByLesson(), current.lastLesson());
        } catch (FileSaveException e) {
            LOG.warn("could not save lesson progress", e);
            errors.show("Your lesson progress could not be saved: " + e.reason() + ".");
        }
    }
}
