package org.cnnlab.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lessons of one folder: every {@code *.md} file except {@code README.md}, in file-name
 * order (so {@code 01-…}, {@code 02-…} give the teaching order).
 */
public final class LessonLibrary {
    private final Path folder;
    private final List<Lesson> lessons;

    private LessonLibrary(Path folder, List<Lesson> lessons) {
        this.folder = folder;
        this.lessons = List.copyOf(lessons);
    }

    /**
     * Reads every lesson in {@code folder}.
     *
     * @throws LessonFormatException naming the first file that cannot be read, or when the folder is missing
     */
    public static LessonLibrary load(Path folder) throws LessonFormatException {
        if (!Files.isDirectory(folder)) {
            throw new LessonFormatException("The lessons folder " + folder + " does not exist.");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new LessonFormatException("Cannot list the lessons in " + folder + ": " + e.getMessage(), e);
        }
        LessonParser parser = new LessonParser();
        List<Lesson> lessons = new ArrayList<>();
        for (Path file : files) {
            lessons.add(parser.parse(file));
        }
        return new LessonLibrary(folder, lessons);
    }

    /** The lessons folder of this installation: {@code -Dcnnlab.lessons}, else {@code lessons} in the working directory. */
    public static Path defaultFolder() {
        String configured = System.getProperty("cnnlab.lessons");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("lessons");
    }

    public Path folder() {
        return folder;
    }

    public List<Lesson> lessons() {
        return lessons;
    }
}
