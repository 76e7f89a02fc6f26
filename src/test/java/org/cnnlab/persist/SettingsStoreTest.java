package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;

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
                .withStudio(new StudioSettings("chollet", "fashion", "sgd", 0.05, "cosine", 128, 3, 6000, 7, 0.1));
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
    void outOfRangeValuesFallBackToSafeOnes() {
        Settings s = new Settings(null, "", false, 50.0, -3, null);
        assertThat(s.engine()).isEqualTo("auto");
        assertThat(s.uiScale()).isEqualTo(1.0);
        assertThat(s.maxMegapixels()).isEqualTo(40.0);
    }
}
