package org.cnnlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cnnlab.testsupport.ZipBomb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonPackTest {
    private static final String LESSON = "# Strides\n\n*5 minutes · Steps.*\n\n```exercise\nid: s\nquestion: q\nanswer: 2\n```\n";

    @TempDir
    Path folder;

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path packs() {
        return folder.resolve("packs");
    }

    private long visibleEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void aPackInstallsIntoItsOwnFolderWithPrefixedIds() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("01-strides.md", LESSON);
        entries.put("pictures/", "");
        LessonLibrary installed = LessonPack.install(zip("week 3.cnnlesson", entries), packs());
        assertThat(installed.lessons()).extracting(Lesson::id).containsExactly("week-3/01-strides");
        assertThat(packs().resolve("week-3").resolve("01-strides.md")).exists();
    }

    @Test
    void installedPacksFollowTheBuiltInLessons() throws Exception {
        Path builtIn = Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(builtIn.resolve("01-intro.md"), LESSON);
        LessonPack.install(zip("extra.cnnlesson", Map.of("01-strides.md", LESSON)), packs());
        LessonLibrary all = LessonLibrary.loadWithPacks(builtIn, packs());
        assertThat(all.lessons()).extracting(Lesson::id).containsExactly("01-intro", "extra/01-strides");
        assertThat(all.problems()).isEmpty();
    }

    @Test
    void reinstallingAPackReplacesIt() throws Exception {
        LessonPack.install(zip("extra.cnnlesson", Map.of("01-old.md", LESSON)), packs());
        LessonPack.install(zip("extra.cnnlesson", Map.of("01-new.md", LESSON)), packs());
        assertThat(LessonLibrary.load(packs().resolve("extra")).lessons()).extracting(Lesson::id).containsExactly("01-new");
    }

    @Test
    void anEntryThatInflatesFarBeyondWhatItDeclaresIsRefusedAndNothingIsInstalled() throws Exception {
        Path bomb = ZipBomb.write(folder.resolve("bomb.cnnlesson"), Map.of("01-strides.md", LESSON.getBytes(StandardCharsets.UTF_8)),
                "02-huge.md", (int) LessonPack.MAX_BYTES + 1024 * 1024, 120);

        assertThatThrownBy(() -> LessonPack.install(bomb, packs())).isInstanceOf(LessonFormatException.class)
                .hasMessage("'bomb.cnnlesson' unpacks to more than 50 MB; lesson packs are meant to be small.");
        assertThat(visibleEntries(packs())).isZero();
    }

    @Test
    void aDirectoryEntryHidingDataIsCountedToo() throws Exception {
        Path bomb = ZipBomb.write(folder.resolve("dirbomb.cnnlesson"), Map.of("01-strides.md", LESSON.getBytes(StandardCharsets.UTF_8)),
                "pictures/", (int) LessonPack.MAX_BYTES + 1024 * 1024, 0);

        assertThatThrownBy(() -> LessonPack.install(bomb, packs())).isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("unpacks to more than 50 MB");
    }

    @Test
    void anEntryEscapingTheFolderIsRefusedAndNothingIsInstalled() throws Exception {
        Path evil = zip("evil.cnnlesson", Map.of("../../outside.md", LESSON));
        assertThatThrownBy(() -> LessonPack.install(evil, packs())).isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("outside");
        assertThat(folder.resolve("outside.md")).doesNotExist();
        assertThat(visibleEntries(packs())).isZero();
    }

    @Test
    void aProgramInsideAPackIsRefused() throws Exception {
        Path pack = zip("tools.cnnlesson", Map.of("01-a.md", LESSON, "run.sh", "rm -rf /"));
        assertThatThrownBy(() -> LessonPack.install(pack, packs())).hasMessageContaining("run.sh");
    }

    @Test
    void aBrokenLessonRefusesTheWholePackAndNamesIt() throws Exception {
        Path pack = zip("broken.cnnlesson", Map.of("01-a.md", LESSON, "02-b.md", "no title here"));
        assertThatThrownBy(() -> LessonPack.install(pack, packs())).hasMessageContaining("02-b");
        assertThat(visibleEntries(packs())).isZero();
    }

    @Test
    void aFileThatIsNoZipSaysSo() throws Exception {
        Path text = folder.resolve("notes.cnnlesson");
        Files.writeString(text, "just some notes");
        assertThatThrownBy(() -> LessonPack.install(text, packs())).hasMessageContaining("not a valid zip");
    }

    @Test
    void aPackWithoutLessonsSaysSo() throws Exception {
        Path pack = zip("pictures.cnnlesson", Map.of("cat.png", "x"));
        assertThatThrownBy(() -> LessonPack.install(pack, packs())).hasMessageContaining("no lessons");
    }

    @Test
    void aDamagedInstalledPackIsLeftOutAndNamed() throws Exception {
        Path builtIn = Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(builtIn.resolve("01-intro.md"), LESSON);
        Path damaged = Files.createDirectories(packs().resolve("damaged"));
        Files.writeString(damaged.resolve("01-x.md"), "no title");
        LessonLibrary all = LessonLibrary.loadWithPacks(builtIn, packs());
        assertThat(all.lessons()).extracting(Lesson::id).containsExactly("01-intro");
        assertThat(all.problems()).singleElement().asString().contains("damaged");
    }
}
