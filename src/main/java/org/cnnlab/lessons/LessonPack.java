package org.cnnlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A lesson pack: a zip file with the extension {@value #EXTENSION} holding Markdown lessons and
 * their pictures, the way a teacher shares lessons. Installing one unpacks it into its own folder
 * under the user's packs folder, but only after every lesson in it has been read successfully;
 * a pack with the same name is replaced. Entries that would land outside the folder, files of
 * other kinds, packs of more than {@value #MAX_ENTRIES} files and packs over {@value #MAX_BYTES}
 * bytes unpacked are refused; the bytes are counted as they come out of the inflater, never taken
 * from the sizes the zip declares.
 */
public final class LessonPack {
    /** The file-name extension of lesson packs. */
    public static final String EXTENSION = ".cnnlesson";
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 500;
    private static final Set<String> ALLOWED = Set.of("md", "png", "jpg", "jpeg", "gif", "bmp", "txt");

    private LessonPack() {
    }

    /** True when {@code file}'s name ends with {@value #EXTENSION}. */
    public static boolean isPack(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /**
     * Installs {@code pack} into {@code packsRoot}/NAME, NAME being the file name without its extension.
     *
     * @return the installed lessons
     * @throws LessonFormatException what is wrong with the pack, in words for the user; nothing is installed then
     */
    public static LessonLibrary install(Path pack, Path packsRoot) throws LessonFormatException {
        String fileName = pack.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - (isPack(pack) ? EXTENSION.length() : 0))
                .replaceAll("[^A-Za-z0-9._-]", "-");
        if (name.isBlank() || name.startsWith(".")) {
            throw new LessonFormatException("'" + fileName + "' needs a name before " + EXTENSION + ".");
        }
        Path staging = null;
        try {
            Files.createDirectories(packsRoot);
            staging = Files.createTempDirectory(packsRoot, ".installing-");
            unzip(pack, staging);
            LessonLibrary lessons = LessonLibrary.load(staging, name + "/");
            if (lessons.lessons().isEmpty()) {
                throw new LessonFormatException("'" + fileName + "' contains no lessons (Markdown .md files).");
            }
            Path target = packsRoot.resolve(name);
            deleteTree(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            return LessonLibrary.load(target, name + "/");
        } catch (ZipException e) {
            throw new LessonFormatException("'" + fileName + "' is not a lesson pack (it is not a valid zip file).", e);
        } catch (IOException e) {
            throw new LessonFormatException("Could not install '" + fileName + "': it could not be unpacked into " + packsRoot
                    + " (the disk may be full, or the folder may not accept new files).", e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // a leftover hidden staging folder is harmless and skipped when lessons are listed
                }
            }
        }
    }

    private static void unzip(Path pack, Path target) throws IOException, LessonFormatException {
        long total = 0;
        int entries = 0;
        boolean any = false;
        try (InputStream in = Files.newInputStream(pack); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                any = true;
                if (++entries > MAX_ENTRIES) {
                    throw new LessonFormatException("'" + pack.getFileName() + "' has more than " + MAX_ENTRIES + " files.");
                }
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target) || entry.getName().startsWith("/") || entry.getName().contains("\\")) {
                    throw new LessonFormatException("'" + pack.getFileName() + "' contains a file that would be written outside"
                            + " its folder (" + entry.getName() + "); it was not installed.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    total = copy(zip, OutputStream.nullOutputStream(), total, pack);
                    continue;
                }
                String extension = extension(entry.getName());
                if (!ALLOWED.contains(extension)) {
                    throw new LessonFormatException("'" + pack.getFileName() + "' contains " + entry.getName()
                            + "; a lesson pack may only hold lessons (.md) and pictures (.png, .jpg, .gif, .bmp).");
                }
                Files.createDirectories(out.getParent());
                try (OutputStream file = Files.newOutputStream(out)) {
                    total = copy(zip, file, total, pack);
                }
            }
        }
        if (!any) {
            throw new ZipException("no entries");
        }
    }

    /**
     * Copies the rest of the current entry to {@code out}, counting the bytes that come out of the inflater
     * (a directory entry's too, which the zip reader would otherwise inflate unseen when it skips it).
     *
     * @return {@code total} plus the bytes copied
     */
    private static long copy(ZipInputStream zip, OutputStream out, long total, Path pack)
            throws IOException, LessonFormatException {
        byte[] buffer = new byte[8192];
        long count = total;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            count += n;
            if (count > MAX_BYTES) {
                throw new LessonFormatException("'" + pack.getFileName() + "' unpacks to more than "
                        + MAX_BYTES / (1024 * 1024) + " MB; lesson packs are meant to be small.");
            }
            out.write(buffer, 0, n);
        }
        return count;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
