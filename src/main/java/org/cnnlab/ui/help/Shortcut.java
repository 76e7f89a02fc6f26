package org.cnnlab.ui.help;

import java.util.Objects;

/**
 * One keyboard shortcut as the help sheet lists it: the keys as a user reads them ("Ctrl+Shift+Z")
 * and what they do.
 */
public record Shortcut(String keys, String action) {
    public Shortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(action, "action");
        if (keys.isBlank() || action.isBlank()) {
            throw new IllegalArgumentException("a shortcut needs its keys and what they do");
        }
    }
}
