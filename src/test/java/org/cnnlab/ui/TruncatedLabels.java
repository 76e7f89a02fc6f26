package org.cnnlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labelled controls on screen whose text is drawn cut short ("Kernel sandb…"): a
 * {@link Labeled}'s skin draws its text in a {@link Text} child, which holds the clipped string
 * when the text does not fit. Invisible controls do not count.
 */
public final class TruncatedLabels {
    private TruncatedLabels() {
    }

    /** "full text → drawn text" for every visible Labeled under {@code root} whose drawn text differs. */
    public static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            drawnText(labeled).filter(drawn -> !drawn.equals(labeled.getText()))
                    .ifPresent(drawn -> cut.add(labeled.getText() + " → " + drawn));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    private static Optional<String> drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(child -> ((Text) child).getText()).findFirst();
    }
}
