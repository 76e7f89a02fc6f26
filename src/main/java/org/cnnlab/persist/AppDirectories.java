package org.cnnlab.persist;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where CNN Lab keeps the user's data on each operating system: settings, kernel sets, logs and
 * the unpacked native libraries. {@code -Dcnnlab.home=DIR} (or {@code CNNLAB_HOME}) moves all of
 * it, which tests and portable installs use.
 *
 * <ul>
 *   <li>Linux: {@code $XDG_DATA_HOME/cnnlab}, default {@code ~/.local/share/cnnlab}</li>
 *   <li>macOS: {@code ~/Library/Application Support/CNN Lab}</li>
 *   <li>Windows: {@code %APPDATA%\CNN Lab}</li>
 * </ul>
 */
public record AppDirectories(Path root) {

    public static AppDirectories forCurrentUser() {
        String override = System.getProperty("cnnlab.home", System.getenv("CNNLAB_HOME"));
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return new AppDirectories((appData != null ? Path.of(appData) : home).resolve("CNN Lab"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(home.resolve("Library/Application Support/CNN Lab"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppDirectories((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("cnnlab"));
    }

    /**
     * The sample-image gallery shipped with the app: {@code -Dcnnlab.samples=DIR} (the launcher and
     * the installers set it), else {@code sample-images} in the working directory.
     */
    public static Path sampleImages() {
        String configured = System.getProperty("cnnlab.samples");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("sample-images");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** The sandbox's kernels, saved after every change so that nothing is lost on a crash. */
    public Path autosavedKernels() {
        return root.resolve("sandbox-autosave.json");
    }

    /** The student's solved exercises and last lesson. */
    public Path lessonProgress() {
        return root.resolve("lesson-progress.json");
    }

    /** Copies of the trained models that ship with the app, for the studio to open. */
    public Path pretrainedModels() {
        return root.resolve("pretrained");
    }

    /** Lesson packs the user installed, one folder each. */
    public Path lessonPacks() {
        return root.resolve("lesson-packs");
    }

    public Path logFolder() {
        return root.resolve("logs");
    }

    public Path nativeCache() {
        return root.resolve("native");
    }
}
