package org.cnnlab.ui.lessons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.lessons.CheckResult;
import org.cnnlab.lessons.Exercise;
import org.cnnlab.lessons.Lesson;
import org.cnnlab.lessons.LessonProgress;

/**
 * The lessons screen's state: the lessons, the one open, and the student's progress. Checking an
 * answer records a solved exercise and hands the progress to {@code saver} at once, so closing
 * the app never loses it. {@link #progressVersionProperty()} changes whenever progress does.
 */
public final class LessonsViewModel {
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<Lesson> current = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper();
    private final BooleanProperty listShown = new SimpleBooleanProperty(true);
    private final Map<String, Double> readingPositions = new HashMap<>();
    private final LessonProgress progress;
    private final Consumer<LessonProgress> saver;

    public LessonsViewModel(List<Lesson> lessons, LessonProgress progress, Consumer<LessonProgress> saver) {
        this.lessons.setAll(lessons);
        this.progress = progress;
        this.saver = saver;
        Lesson last = lessons.stream().filter(l -> l.id().equals(progress.lastLesson())).findFirst()
                .orElse(lessons.isEmpty() ? null : lessons.get(0));
        current.set(last);
        current.addListener((obs, old, lesson) -> {
            if (lesson != null && !lesson.id().equals(progress.lastLesson())) {
                progress.setLastLesson(lesson.id());
                changed();
            }
        });
    }

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ObjectProperty<Lesson> currentProperty() {
        return current;
    }

    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    /** Judges {@code answer} to {@code exercise} of the current lesson; a right one is remembered. */
    public CheckResult check(Exercise exercise, String answer) {
        CheckResult result = exercise.check(answer);
        Lesson lesson = current.get();
        if (result.correct() && lesson != null && !progress.isSolved(lesson, exercise)) {
            progress.markSolved(lesson, exercise);
            changed();
        }
        return result;
    }

    public boolean isSolved(Exercise exercise) {
        Lesson lesson = current.get();
        return lesson != null && progress.isSolved(lesson, exercise);
    }

    /** "2 of 3 exercises", "done" or "", for the lesson list. */
    public String progressText(Lesson lesson) {
        int total = lesson.exercises().size();
        if (total == 0) {
            return "";
        }
        int solved = progress.solvedCount(lesson);
        return solved == total ? "done" : solved + " of " + total + " exercises";
    }

    public boolean isComplete(Lesson lesson) {
        return progress.isComplete(lesson);
    }

    /** Whether the list of lessons is shown beside the page (hidden, the page gets the whole width). */
    public BooleanProperty listShownProperty() {
        return listShown;
    }

    /**
     * Remembers how far down {@code lesson} the student has scrolled (0 = top, 1 = end), so that
     * coming back to it opens it at the same place.
     */
    public void rememberReadingPosition(Lesson lesson, double position) {
        if (lesson != null && Double.isFinite(position)) {
            readingPositions.put(lesson.id(), Math.max(0, Math.min(1, position)));
        }
    }

    /** Where the student left {@code lesson} (0 = top when never opened). */
    public double readingPosition(Lesson lesson) {
        return lesson == null ? 0 : readingPositions.getOrDefault(lesson.id(), 0.0);
    }

    /** Opens the lesson after the current one, if any. */
    public void next() {
        int index = lessons.indexOf(current.get());
        if (index >= 0 && index + 1 < lessons.size()) {
            current.set(lessons.get(index + 1));
        }
    }

    private void changed() {
        saver.accept(progress);
        progressVersion.set(progressVersion.get() + 1);
    }
}
