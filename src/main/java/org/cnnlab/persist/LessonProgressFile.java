package org.cnnlab.persist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A student's lesson progress on disk (JSON, written atomically after every solved exercise):
 * the solved exercise ids per lesson and the lesson open last. A missing file is a fresh start;
 * an unreadable one is kept aside as {@code .broken} and also gives a fresh start.
 */
public final class LessonProgressFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What is stored. */
    public record Contents(int version, Map<String, List<String>> solved, String lastLesson) {
        public Contents {
            solved = solved == null ? Map.of() : Map.copyOf(solved);
        }
    }

    private final Path file;

    public LessonProgressFile(Path file) {
        this.file = file;
    }

    public Contents load() {
        return RecoveringJson.read(JSON, file, Contents.class, () -> new Contents(1, Map.of(), null));
    }

    public void save(Map<String, ? extends java.util.Collection<String>> solved, String lastLesson) throws IOException {
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        solved.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Contents(1, lists, lastLesson)));
    }
}
