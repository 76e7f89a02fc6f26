package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void theTemporaryFileIsForcedWithTheWholeContentBeforeItReplacesTheTarget(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("settings.json");
        Files.writeString(target, "old");
        List<String> seenAtForce = new ArrayList<>();

        AtomicFiles.write(target, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)), (channel, temp) -> {
            channel.force(true);
            seenAtForce.add(Files.readString(temp));
            seenAtForce.add(Files.readString(target));
        });

        assertThat(seenAtForce).containsExactly("new content", "old");
        assertThat(Files.readString(target)).isEqualTo("new content");
    }

    @Test
    void aWriterThatClosesTheStreamItWrapsStillProducesACompleteFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("model.zip");

        AtomicFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("a.txt"));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
        });

        try (var zip = new java.util.zip.ZipFile(target.toFile())) {
            assertThat(zip.getInputStream(zip.getEntry("a.txt")).readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("progress.json");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);

        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
