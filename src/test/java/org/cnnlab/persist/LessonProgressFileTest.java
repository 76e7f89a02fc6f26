package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonProgressFileTest {
    @TempDir
    Path folder;

    @Test
    void progressSurvivesASaveAndALoad() throws Exception {
        LessonProgressFile file = new LessonProgressFile(folder.resolve("progress.json"));
        file.save(Map.of("02-convolution", List.of("window-two", "map-size")), "02-convolution");
        LessonProgressFile.Contents loaded = new LessonProgressFile(folder.resolve("progress.json")).load();
        assertThat(loaded.solved()).containsEntry("02-convolution", List.of("window-two", "map-size"));
        assertThat(loaded.lastLesson()).isEqualTo("02-convolution");
    }

    @Test
    void noFileIsAFreshStart() {
        LessonProgressFile.Contents loaded = new LessonProgressFile(folder.resolve("none.json")).load();
        assertThat(loaded.solved()).isEmpty();
        assertThat(loaded.lastLesson()).isNull();
    }

    @Test
    void aBrokenFileIsKeptAsideNotDestroyed() throws Exception {
        Path path = folder.resolve("progress.json");
        Files.writeString(path, "{ not json");
        assertThat(new LessonProgressFile(path).load().solved()).isEmpty();
        assertThat(folder.resolve("progress.json.broken")).hasContent("{ not json");
    }
}
