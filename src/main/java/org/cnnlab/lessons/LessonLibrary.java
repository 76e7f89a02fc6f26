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
    private final List<String> problems;

    private LessonLibrary(Path folder, List<Lesson> lessons, List<String> problems) {
        this.folder = folder;
        this.lessons = List.copyOf(lessons);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads every lesson in {@code folder}.
     *
     * @throws LessonFormatException naming the first file that cannot be read, or when the folder is missing
     */
    public static LessonLibrary load(Path folder) throws LessonFormatException {
        return load(folder, "");
    }

    /**
     * Reads every lesson in {@code folder}, their ids starting with {@code idPrefix} (a pack's
     * lessons are {@code PACK/lesson}, so they never clash with the built-in ones).
     */
    public static LessonLibrary load(Path folder, String idPrefix) throws LessonFormatException {
        if (!Files.isDirectory(folder)) {
            throw new LessonFormatException("The lessons folder " + folder + " does not exist.");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new LessonFormatException("Cannot list the lessons in " + folder + " (check that you may open it).", e);
        }
        LessonParser parser = new LessonParser();
        List<Lesson> lessons = new ArrayList<>();
        for (Path file : files) {
            lessons.add(parser.parse(file, idPrefix));
        }
        return new LessonLibrary(folder, lessons, List.of());
    }

    /**
     * The built-in lessons of {@code folder} followed by those of every pack installed under
     * {@code packsRoot} (one sub-folder per pack, by name). A pack that cannot be read is left out
     * and named in {@link #problems()}.
     *
     * @throws LessonFormatException when the built-in lessons cannot be read
     */
    public static LessonLibrary loadWithPacks(Path folder, Path packsRoot) throws LessonFormatException {
        List<Lesson> all = new ArrayList<>(load(folder).lessons());
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(packsRoot)) {
            List<Path> packs;
            try (Stream<Path> listing = Files.list(packsRoot)) {
                packs = listing.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            } catch (IOException e) {
                throw new LessonFormatException("Cannot list the lesson packs in " + packsRoot + " (check that you may open it).", e);
            }
            for (Path pack : packs) {
                try {
                    all.addAll(load(pack, pack.getFileName() + "/").lessons());
                } catch (LessonFormatException e) {
                    problems.add("Lesson pack '" + pack.getFileName() + "' was left out: " + e.getMessage());
                }
            }
        }
        return new LessonLibrary(folder, all, problems);
    }

    /** Lesson packs that could not be read, one sentence each. */
    public List<String> problems() {
        return problems;
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
