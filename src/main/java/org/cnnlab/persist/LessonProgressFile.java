package org.cnnlab.persist;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's lesson progress on disk (JSON, written atomically after every solved exercise):
 * the solved exercise ids per lesson and the lesson open last, e.g.
 * {@code {"version": 1, "solved": {"02-convolution-by-hand": ["window-two"]}, "lastLesson": "02-convolution-by-hand"}}.
 * A missing file is a fresh start; an unreadable one (not JSON, a field missing or wrong) is kept
 * aside as {@code .broken} and also gives a fresh start.
 */
public final class LessonProgressFile {
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;
    /** Thousands of solved exercises take a few hundred KB; a larger file is not a progress file. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /**
     * What is stored.
     *
     * @param version    the format version, at most {@link #VERSION}
     * @param solved     per lesson id, the ids of its solved exercises
     * @param lastLesson the lesson open last, or {@code null} before any lesson was opened
     */
    public record Contents(Integer version, Map<String, List<String>> solved, String lastLesson) {
        public Contents {
            int v = InvalidFieldException.within(version, "version", 1, Integer.MAX_VALUE);
            if (v > VERSION) {
                throw new InvalidFieldException("version", "is " + v + ": the progress was saved by a newer CNN Lab");
            }
            InvalidFieldException.required(solved, "solved");
            Map<String, List<String>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> lesson : solved.entrySet()) {
                List<String> exercises = lesson.getValue();
                if (exercises == null || exercises.stream().anyMatch(java.util.Objects::isNull)) {
                    throw new InvalidFieldException("solved." + lesson.getKey(), "must be a list of exercise ids");
                }
                copy.put(lesson.getKey(), List.copyOf(exercises));
            }
            solved = Collections.unmodifiableMap(copy);
        }
    }

    private final Path file;

    public LessonProgressFile(Path file) {
        this.file = file;
    }

    public Contents load() {
        return RecoveringJson.read(file, MAX_BYTES, Contents.class, () -> new Contents(VERSION, Map.of(), null));
    }

    public void save(Map<String, ? extends Collection<String>> solved, String lastLesson) throws FileSaveException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        solved.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        AtomicFiles.write(file, JsonFiles.toBytes(new Contents(VERSION, lists, lastLesson)));
    }
}
