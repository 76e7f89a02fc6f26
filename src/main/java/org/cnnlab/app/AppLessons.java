package org.cnnlab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.cnnlab.lessons.Lesson;
import org.cnnlab.lessons.LessonFormatException;
import org.cnnlab.lessons.LessonLibrary;
import org.cnnlab.lessons.LessonProgress;
import org.cnnlab.persist.LessonProgressFile;
import org.cnnlab.ui.ErrorReporter;
import org.cnnlab.ui.lessons.LessonsView;
import org.cnnlab.ui.lessons.LessonsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the lessons screen: reads the installation's lessons folder, restores the student's
 * progress and saves it after every solved exercise. A lesson that cannot be read is reported in
 * the message bar; the others still open.
 */
final class AppLessons {
    private static final Logger LOG = LoggerFactory.getLogger(AppLessons.class);

    private final Path folder;
    private final LessonProgressFile progressFile;
    private final ErrorReporter errors;

    AppLessons(Path folder, Path progressPath, ErrorReporter errors) {
        this.folder = folder;
        this.progressFile = new LessonProgressFile(progressPath);
        this.errors = errors;
    }

    Node createView(Consumer<String> openScreen) {
        List<Lesson> lessons;
        try {
            lessons = LessonLibrary.load(folder).lessons();
        } catch (LessonFormatException e) {
            LOG.warn("lessons unavailable", e);
            errors.show(e.getMessage());
            lessons = List.of();
        }
        LessonProgressFile.Contents saved = progressFile.load();
        LessonProgress progress = new LessonProgress(saved.solved(), saved.lastLesson());
        LessonsViewModel vm = new LessonsViewModel(lessons, progress, this::save);
        return new LessonsView(vm, openScreen);
    }

    private void save(LessonProgress progress) {
        try {
            progressFile.save(progress.solvedByLesson(), progress.lastLesson());
        } catch (IOException e) {
            LOG.warn("could not save lesson progress", e);
            errors.show("Your lesson progress could not be saved (" + e.getMessage() + "). Check that the disk is not full.");
        }
    }
}
