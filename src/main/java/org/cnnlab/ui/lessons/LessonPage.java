package org.cnnlab.ui.lessons;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.cnnlab.lessons.Block;
import org.cnnlab.lessons.Lesson;
import org.cnnlab.lessons.Span;

/**
 * A lesson rendered as JavaFX nodes, one per block: headings, paragraphs of styled text, lists,
 * notes, code in a monospaced box, pictures and exercise cards. Links to {@code cnnlab:SCREEN}
 * call {@code openScreen} with the screen's id; web links are shown with their address (the app
 * never goes online).
 */
final class LessonPage extends VBox {
    private static final String APP_LINK = "cnnlab:";

    LessonPage(Lesson lesson, LessonsViewModel vm, Consumer<String> openScreen) {
        super(10);
        getStyleClass().add("lesson-page");
        setPadding(new Insets(16, 24, 24, 24));
        for (Block block : lesson.blocks()) {
            getChildren().add(render(block, vm, openScreen));
        }
    }

    private static Node render(Block block, LessonsViewModel vm, Consumer<String> openScreen) {
        if (block instanceof Block.Heading heading) {
            TextFlow flow = flow(heading.text(), openScreen);
            flow.getStyleClass().addAll("lesson-heading", "lesson-h" + Math.min(heading.level(), 3));
            return flow;
        }
        if (block instanceof Block.Paragraph paragraph) {
            return flow(paragraph.text(), openScreen);
        }
        if (block instanceof Block.ListBlock list) {
            VBox items = new VBox(4);
            int number = 1;
            for (List<Span> item : list.items()) {
                Label marker = new Label(list.numbered() ? (number++) + "." : "•");
                marker.setMinWidth(24);
                HBox row = new HBox(4, marker, flow(item, openScreen));
                items.getChildren().add(row);
            }
            return items;
        }
        if (block instanceof Block.Note note) {
            TextFlow flow = flow(note.text(), openScreen);
            flow.getStyleClass().add("lesson-note");
            flow.setPadding(new Insets(8, 12, 8, 12));
            return flow;
        }
        if (block instanceof Block.Code code) {
            Label text = new Label(code.text());
            text.getStyleClass().add("lesson-code");
            text.setPadding(new Insets(8, 12, 8, 12));
            text.setMaxWidth(Double.MAX_VALUE);
            return text;
        }
        if (block instanceof Block.Picture picture) {
            ImageView view = new ImageView(new Image(picture.file().toUri().toString(), true));
            view.setPreserveRatio(true);
            view.setFitWidth(480);
            Tooltip.install(view, new Tooltip(picture.description()));
            return view;
        }
        return new ExerciseCard(((Block.ExerciseBlock) block).exercise(), vm);
    }

    private static TextFlow flow(List<Span> spans, Consumer<String> openScreen) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("lesson-text");
        for (Span span : spans) {
            if (span.style() == Span.Style.LINK && span.target() != null && span.target().startsWith(APP_LINK)) {
                Hyperlink link = new Hyperlink(span.text());
                link.getStyleClass().add("lesson-link");
                String screen = span.target().substring(APP_LINK.length());
                link.setId("lesson-link-" + screen);
                link.setOnAction(e -> openScreen.accept(screen));
                flow.getChildren().add(link);
            } else if (span.style() == Span.Style.LINK) {
                Text text = new Text(span.text() + " (" + span.target() + ")");
                text.getStyleClass().add("lesson-web-link");
                flow.getChildren().add(text);
            } else {
                Text text = new Text(span.text());
                text.getStyleClass().add("lesson-" + span.style().name().toLowerCase(java.util.Locale.ROOT));
                flow.getChildren().add(text);
            }
        }
        return flow;
    }
}
