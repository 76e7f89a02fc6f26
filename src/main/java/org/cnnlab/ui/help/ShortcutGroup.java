package org.cnnlab.ui.help;

import java.util.List;

/** The shortcuts that work in one place of the app ("Everywhere", "Kernel sandbox", …). */
public record ShortcutGroup(String place, List<Shortcut> shortcuts) {
    public ShortcutGroup {
        shortcuts = List.copyOf(shortcuts);
    }
}
