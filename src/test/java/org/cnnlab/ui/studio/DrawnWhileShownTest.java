package org.cnnlab.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class DrawnWhileShownTest {
    private final SimpleBooleanProperty showing = new SimpleBooleanProperty(true);
    private final SimpleStringProperty picture = new SimpleStringProperty("first");
    private final List<String> drawn = new ArrayList<>();

    @Test
    void theCurrentValueIsDrawnAtOnceAndEachNewOneWhileShown() {
        DrawnWhileShown.bind(showing, picture, drawn::add);
        picture.set("second");
        assertThat(drawn).containsExactly("first", "second");
    }

    @Test
    void nothingIsDrawnWhileHiddenAndTheNewestWhenShownAgain() {
        DrawnWhileShown.bind(showing, picture, drawn::add);
        showing.set(false);
        picture.set("second");
        picture.set("third");
        assertThat(drawn).containsExactly("first");
        showing.set(true);
        assertThat(drawn).containsExactly("first", "third");
    }
}
