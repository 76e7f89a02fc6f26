package org.cnnlab.lessons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which exercises a student has solved, per lesson, and the lesson they were reading last.
 * Mutable, owned by one thread (the UI's); {@link #solvedByLesson()} gives a copy to save.
 */
public final class LessonProgress {
    private final Map<String, Set<String>> solved = new LinkedHashMap<>();
    private String lastLesson;

    public LessonProgress() {
    }

    public LessonProgress(Map<String, ? extends java.util.Collection<String>> solvedByLesson, String lastLesson) {
        solvedByLesson.forEach((lesson, exercises) -> solved.put(lesson, new LinkedHashSet<>(exercises)));
        this.lastLesson = lastLesson;
    }

    public void markSolved(Lesson lesson, Exercise exercise) {
        solved.computeIfAbsent(lesson.id(), k -> new LinkedHashSet<>()).add(exercise.id());
    }

    public boolean isSolved(Lesson lesson, Exercise exercise) {
        return solved.getOrDefault(lesson.id(), Set.of()).contains(exercise.id());
    }

    /** Solved exercises of {@code lesson} that still exist in it. */
    public int solvedCount(Lesson lesson) {
        return (int) lesson.exercises().stream().filter(e -> isSolved(lesson, e)).count();
    }

    /** The lesson has exercises and every one is solved. */
    public boolean isComplete(Lesson lesson) {
        return !lesson.exercises().isEmpty() && solvedCount(lesson) == lesson.exercises().size();
    }

    public String lastLesson() {
        return lastLesson;
    }

    public void setLastLesson(String lessonId) {
        this.lastLesson = lessonId;
    }

    /** A copy, for saving. */
    public Map<String, Set<String>> solvedByLesson() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        solved.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(copy);
    }
}
