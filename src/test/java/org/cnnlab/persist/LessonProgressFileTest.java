package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

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
    void progressSavedByVersion01Opens() throws Exception {
        Path saved = Path.of(getClass().getResource("saved-by-0.1/lesson-progress.json").toURI());
        LessonProgressFile.Contents loaded = new LessonProgressFile(Files.copy(saved, folder.resolve("progress.json"))).load();

        assertThat(loaded.solved()).containsExactly(Map.entry("02-convolution-by-hand", List.of("window-two", "map-size")));
        assertThat(loaded.lastLesson()).isEqualTo("02-convolution-by-hand");
    }

    @Test
    void progressWithoutItsSolvedExercisesIsRefusedByName() {
        byte[] json = "{\"version\": 1, \"lastLesson\": \"01-images\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonFiles.read(json, LessonProgressFile.Contents.class)).hasMessage("'solved' is missing");
    }

    @Test
    void progressFromANewerVersionIsRefusedByItsVersion() {
        byte[] json = "{\"version\": 2, \"solved\": {}, \"lastLesson\": null}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonFiles.read(json, LessonProgressFile.Contents.class))
                .hasMessageContaining("'version' is 2: the progress was saved by a newer CNN Lab");
    }

    @Test
    void aFailedSaveSaysWhichFileAndWhyInWords() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("lessons"), "a file where a folder should be");
        LessonProgressFile file = new LessonProgressFile(notAFolder.resolve("progress.json"));

        assertThatThrownBy(() -> file.save(Map.of("01", List.of("a")), "01"))
                .isInstanceOf(FileSaveException.class)
                .hasMessage("progress.json could not be saved: " + notAFolder + " is not a folder.")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aBrokenFileIsKeptAsideNotDestroyed() throws Exception {
        Path path = folder.resolve("progress.json");
        Files.writeString(path, "{ not json");
        assertThat(new LessonProgressFile(path).load().solved()).isEmpty();
        assertThat(folder.resolve("progress.json.broken")).hasContent("{ not json");
    }
}
