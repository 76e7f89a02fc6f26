package org.cnnlab.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.cnnlab.lessons.LessonPack;

/**
 * A file the app was started with, as a file manager does when the user double-clicks a kernel
 * set ({@value #KERNEL_SET_EXTENSION}) or a lesson pack ({@value LessonPack#EXTENSION}): the
 * window opens with that file instead of the command-line tools running.
 *
 * @param file the file as given
 * @param kind what it holds, judged by its extension
 */
record LaunchFile(Path file, Kind kind) {
    /** The extension the app gives kernel sets it saves, and the one installers register. */
    static final String KERNEL_SET_EXTENSION = ".cnnkernels";

    /** What a launch file holds. */
    enum Kind {
        KERNEL_SET,
        LESSON_PACK
    }

    /** The launch file among the program arguments: exactly one argument naming a kernel set or lesson pack. */
    static Optional<LaunchFile> fromArguments(String[] args) {
        return args.length == 1 ? of(args[0]) : Optional.empty();
    }

    static Optional<LaunchFile> of(String name) {
        if (name == null || name.startsWith("-")) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(KERNEL_SET_EXTENSION)) {
            return Optional.of(new LaunchFile(Path.of(name), Kind.KERNEL_SET));
        }
        if (lower.endsWith(LessonPack.EXTENSION)) {
            return Optional.of(new LaunchFile(Path.of(name), Kind.LESSON_PACK));
        }
        return Optional.empty();
    }
}
