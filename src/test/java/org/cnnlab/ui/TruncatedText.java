package org.cnnlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;

/**
 * Test support: finds every visible {@link Labeled} (label, button, check box, list or combo box
 * cell) whose rendered text differs from its full text, that is, the skin cut it short with "…".
 * The rendered text is the skin's inner {@link Text} node, a direct child of the control. A
 * {@link TabPane} whose tab headers do not fit its width counts too: its skin scrolls headers out of
 * sight and shows a menu button instead of cutting their text. Lay the scene out (CSS and layout)
 * before asking.
 */
public final class TruncatedText {
    private TruncatedText() {
    }

    /** One line per cut text under {@code root}, e.g. {@code Label#stride "Stride" shown as "Str…"}; empty when none. */
    public static List<String> in(Parent root) {
        return in(root, node -> false);
    }

    /** As {@link #in(Parent)}, leaving out the subtrees of the nodes {@code skipped} accepts. */
    public static List<String> in(Parent root, Predicate<Node> skipped) {
        List<String> found = new ArrayList<>();
        collect(root, skipped, found);
        return found;
    }

    private static void collect(Node node, Predicate<Node> skipped, List<String> found) {
        if (!node.isVisible() || skipped.test(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        }
        if (node instanceof TabPane tabs) {
            checkHeaders(tabs, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, skipped, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String full = fullText(labeled);
        if (full.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.isVisible() && !full.equals(text.getText())) {
                found.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                        + " \"" + full + "\" shown as \"" + text.getText() + "\"");
            }
        }
    }

    private static void checkHeaders(TabPane tabs, List<String> found) {
        Node menuButton = tabs.lookup(".tab-down-button");
        if (menuButton != null && visibleUpTo(menuButton, tabs)) {
            found.add("TabPane" + (tabs.getId() == null ? "" : "#" + tabs.getId()) + " tabs "
                    + tabs.getTabs().stream().map(Tab::getText).toList() + " do not fit: some headers are out of sight");
        }
    }

    private static boolean visibleUpTo(Node node, Node ancestor) {
        for (Node at = node; at != null && at != ancestor; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text as the skin should show it: the mnemonic marker of a mnemonic-parsed text removed. */
    private static String fullText(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        if (labeled.isMnemonicParsing()) {
            int marker = text.indexOf('_');
            if (marker >= 0 && marker < text.length() - 1 && text.charAt(marker + 1) != '_') {
                text = text.substring(0, marker) + text.substring(marker + 1);
            }
        }
        return text;
    }
}
