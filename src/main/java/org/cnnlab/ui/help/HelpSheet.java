package org.cnnlab.ui.help;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The help sheet's content: one line per screen saying what it is for, then every keyboard
 * shortcut by where it works. Plain labels that wrap, so it reads the same at projector scale.
 */
public final class HelpSheet extends ScrollPane {

    /** A screen as the sheet describes it. */
    public record ScreenHelp(String title, String purpose) {
    }

    public HelpSheet(List<ScreenHelp> screens) {
        setId("help-sheet");
        setFitToWidth(true);
        VBox content = new VBox(10);
        content.setPadding(new Insets(12, 16, 16, 16));
        content.getChildren().add(heading("The screens"));
        GridPane screenGrid = grid();
        int row = 0;
        for (ScreenHelp screen : screens) {
            screenGrid.addRow(row++, strong(screen.title()), wrapping(screen.purpose()));
        }
        content.getChildren().add(screenGrid);
        for (ShortcutGroup group : KeyboardShortcuts.all(screens.stream().map(ScreenHelp::title).toList())) {
            content.getChildren().add(heading("Keys: " + group.place().toLowerCase(Locale.ROOT)));
            GridPane keys = grid();
            int r = 0;
            for (Shortcut shortcut : group.shortcuts()) {
                Label k = strong(shortcut.keys());
                k.getStyleClass().add("help-keys");
                keys.addRow(r++, k, wrapping(shortcut.action()));
            }
            content.getChildren().add(keys);
        }
        setContent(content);
        setAccessibleText("Help: the screens and the keyboard shortcuts");
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        return grid;
    }

    private static Node heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("help-heading");
        return label;
    }

    private static Label strong(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("help-term");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
