package org.cnnlab.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The catalogue of every keyboard shortcut, grouped by where it works. The window-wide keys and
 * the sandbox's are also exposed as {@link KeyCombination}s, which the main window and the sandbox
 * register, so the help sheet and the keys agree.
 */
public final class KeyboardShortcuts {
    /** F1: the help sheet. */
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    /** F5: projector scale on and off. */
    public static final KeyCombination PROJECTOR = new KeyCodeCombination(KeyCode.F5);
    /** Ctrl + (also Ctrl =, the same key without Shift on most keyboards): larger text. */
    public static final List<KeyCombination> ZOOM_IN = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    /** Ctrl −: smaller text. */
    public static final List<KeyCombination> ZOOM_OUT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    /** Ctrl 0: text back to its normal size. */
    public static final KeyCombination RESET_ZOOM = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    /** Sandbox, Ctrl+Z: undo the last kernel change. */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Sandbox, Ctrl+Shift+Z and Ctrl+Y: redo it. */
    public static final List<KeyCombination> REDO = List.of(
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
    /** Sandbox, F9: hide or show the controls. */
    public static final KeyCombination HIDE_CONTROLS = new KeyCodeCombination(KeyCode.F9);

    private KeyboardShortcuts() {
    }

    /** Ctrl+{@code n} (1-based): the n-th screen. */
    public static KeyCombination screen(int n) {
        if (n < 1 || n > 9) {
            throw new IllegalArgumentException("screens are numbered 1 to 9, not " + n);
        }
        return new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n)), KeyCombination.SHORTCUT_DOWN);
    }

    /**
     * Every shortcut, grouped by where it works.
     *
     * @param screenTitles the screens in their order, for the Ctrl+1… lines
     */
    public static List<ShortcutGroup> all(List<String> screenTitles) {
        List<Shortcut> everywhere = new ArrayList<>(List.of(
                new Shortcut("F1", "This help: what each screen is for, and every shortcut"),
                new Shortcut("F5", "Projector scale on or off: large text for the back of the room"),
                new Shortcut("Ctrl +  /  Ctrl −", "Larger or smaller text"),
                new Shortcut("Ctrl 0", "Text back to its normal size"),
                new Shortcut("Tab  /  Shift+Tab", "Move to the next or previous control"),
                new Shortcut("Space  /  Enter", "Press the focused button, tick the focused box")));
        for (int i = 0; i < Math.min(9, screenTitles.size()); i++) {
            everywhere.add(new Shortcut("Ctrl+" + (i + 1), "Open the " + screenTitles.get(i)));
        }
        return List.of(
                new ShortcutGroup("Everywhere", everywhere),
                new ShortcutGroup("Kernel sandbox", List.of(
                        new Shortcut("Arrow keys, Tab, Enter", "Move between the kernel's cells"),
                        new Shortcut("Ctrl+V", "Paste a kernel copied from a spreadsheet or a text"),
                        new Shortcut("Ctrl+Z", "Undo the last kernel change (an edit, a preset, Zero, Random, a tool)"),
                        new Shortcut("Ctrl+Shift+Z  /  Ctrl+Y", "Redo it"),
                        new Shortcut("Double-click a panel's title", "Show that panel alone, as large as the window allows"),
                        new Shortcut("Esc", "Show all panels again"),
                        new Shortcut("F9", "Hide or show the controls: the panels get the whole width"),
                        new Shortcut("F12", "Show the edit → repaint time (p50/p95) over the panels"))),
                new ShortcutGroup("Help", List.of(
                        new Shortcut("Esc  /  F1", "Close this help"))),
                new ShortcutGroup("Training studio", List.of(
                        new Shortcut("Alt+T", "Train with the settings shown"),
                        new Shortcut("Ctrl+Z", "On the draw pad: take back the last stroke"))));
    }
}
