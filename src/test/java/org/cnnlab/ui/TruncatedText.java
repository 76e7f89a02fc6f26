package org.cnnlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Test support: finds every visible {@link Labeled} (label, button, check box, list or combo box
 * cell) whose rendered text differs from its full text, that is, the skin cut it short with "…".
 * The rendered text is the skin's inner {@link Text} node, a direct child of the control. Lay the
 * scene out (CSS and layout) before asking.
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
