package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void savedSettingsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        Settings s = Settings.defaults().withEngine("opencv").withUiScale(1.5).withDarkTheme(true)
                .withStudio(new StudioSettings("chollet", "fashion", "sgd", 0.05, "cosine", 128, 3, 6000, 7, 0.1))
                .withSandboxImage("/home/teacher/Pictures/zebra.jpg");
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
    }

    @Test
    void aFileFromBeforeTheStudioWasRememberedStillLoads() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"engine\": \"opencv\", \"decoder\": \"javafx\", \"darkTheme\": true,"
                + " \"uiScale\": 1.5, \"maxMegapixels\": 40.0}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.engine()).isEqualTo("opencv");
        assertThat(loaded.studio()).isEqualTo(StudioSettings.unset());
        assertThat(loaded.sandboxImage()).isEmpty();
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsStore(folder.resolve("none.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void aBrokenFileGivesTheDefaultsAndIsKeptAside() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{ not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
        assertThat(folder.resolve("settings.json.broken")).hasContent("{ not json");
    }

    @Test
    void aSettingsFileSavedByVersion01Opens() throws Exception {
        Path saved = Path.of(getClass().getResource("saved-by-0.1/settings.json").toURI());
        Path copy = Files.copy(saved, folder.resolve("settings.json"));

        assertThat(new SettingsStore(copy).load())
                .isEqualTo(new Settings("opencv", "twelvemonkeys", true, 1.5, 25.0, StudioSettings.unset(), ""));
    }

    @Test
    void aMissingFieldIsNamedNotReadAsZero() {
        String json = "{\"engine\": \"auto\", \"decoder\": \"opencv\", \"darkTheme\": false, \"maxMegapixels\": 40}";
        assertThatThrownBy(() -> JsonFiles.read(json.getBytes(StandardCharsets.UTF_8), SettingsStore.Stored.class))
                .isInstanceOf(JsonFileException.class)
                .hasMessage("'uiScale' is missing");
    }

    @Test
    void aFieldOfTheWrongKindIsNamed() {
        String json = "{\"engine\": \"auto\", \"decoder\": \"opencv\", \"darkTheme\": \"yes\", \"uiScale\": 1,"
                + " \"maxMegapixels\": 40}";
        assertThatThrownBy(() -> JsonFiles.read(json.getBytes(StandardCharsets.UTF_8), SettingsStore.Stored.class))
                .hasMessage("'darkTheme' must be true or false");
    }

    @Test
    void aScaleOutOfRangeInTheFileIsRefusedAndTheFileKeptAside() throws Exception {
        Path file = folder.resolve("settings.json");
        String json = "{\"engine\": \"auto\", \"decoder\": \"opencv\", \"darkTheme\": true, \"uiScale\": 50,"
                + " \"maxMegapixels\": 40}";
        Files.writeString(file, json);

        assertThatThrownBy(() -> JsonFiles.read(file, SettingsStore.MAX_BYTES, SettingsStore.Stored.class))
                .hasMessageStartingWith("'uiScale' must be between 0.75 and 3.0");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
        assertThat(folder.resolve("settings.json.broken")).hasContent(json);
    }

    @Test
    void outOfRangeValuesFallBackToSafeOnes() {
        Settings s = new Settings(null, "", false, 50.0, -3, null, null);
        assertThat(s.engine()).isEqualTo("auto");
        assertThat(s.uiScale()).isEqualTo(1.0);
        assertThat(s.maxMegapixels()).isEqualTo(40.0);
    }
}
