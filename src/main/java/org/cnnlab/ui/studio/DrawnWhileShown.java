package org.cnnlab.ui.studio;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * Keeps a tab's drawing in step with a live value without drawing what nobody sees: while the
 * tab is shown every new value is drawn; while it is hidden nothing is, and the newest value is
 * drawn the moment it is shown again.
 */
final class DrawnWhileShown {
    private DrawnWhileShown() {
    }

    /** Draws {@code value} with {@code draw} now, and from then on as described above. */
    static <T> void bind(BooleanProperty showing, ObservableValue<T> value, Consumer<T> draw) {
        value.addListener((obs, old, now) -> {
            if (showing.get()) {
                draw.accept(now);
            }
        });
        showing.addListener((obs, was, now) -> {
            if (now) {
                draw.accept(value.getValue());
            }
        });
        draw.accept(value.getValue());
    }
}
