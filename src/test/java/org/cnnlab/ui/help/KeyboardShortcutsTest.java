package org.cnnlab.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyboardShortcutsTest {

    @Test
    void everyScreenGetsItsCtrlNumberLineInOrder() {
        List<Shortcut> everywhere = KeyboardShortcuts.all(List.of("Kernel sandbox", "Image lab")).get(0).shortcuts();
        assertThat(everywhere).contains(new Shortcut("Ctrl+1", "Open the Kernel sandbox"),
                new Shortcut("Ctrl+2", "Open the Image lab"));
        assertThat(everywhere).noneMatch(s -> s.keys().equals("Ctrl+3"));
    }

    @Test
    void screensAreNumberedOneToNine() {
        assertThat(KeyboardShortcuts.screen(1).getName()).endsWith("1");
        assertThatThrownBy(() -> KeyboardShortcuts.screen(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyboardShortcuts.screen(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortcutNeedsKeysAndAnAction() {
        assertThatThrownBy(() -> new Shortcut(" ", "does something")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shortcut("F2", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
