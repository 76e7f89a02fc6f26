package org.cnnlab.ui.lessons;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.scene.layout.VBox;
import org.cnnlab.lessons.Lesson;

/**
 * The lessons screen: the list of lessons (with minutes and how many exercises are solved) on
 * the left, the open lesson on the right, and a button to the next one at its end.
 */
public final class LessonsView extends SplitPane {
    private final LessonsViewModel vm;
    private final Consumer<String> openScreen;
    private final ScrollPane pageScroll = new ScrollPane();
    private final ListView<Lesson> list = new ListView<>();

    /**
     * @param openScreen opens the app screen a lesson links to ({@code sandbox}, {@code imagelab}, {@code studio})
     * @param addPack    asks for a lesson pack and installs it (the window is the file chooser's owner)
     */
    public LessonsView(LessonsViewModel vm, Consumer<String> openScreen, Consumer<Window> addPack) {
        this.vm = vm;
        this.openScreen = openScreen;
        getStyleClass().add("lessons-view");
        list.setId("lesson-list");
        list.setItems(vm.lessons());
        list.setCellFactory(v -> new LessonCell());
        list.getSelectionModel().select(vm.currentProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, lesson) -> {
            if (lesson != null) {
                vm.currentProperty().set(lesson);
            }
        });
        vm.currentProperty().addListener((obs, o, lesson) -> {
            list.getSelectionModel().select(lesson);
            showPage(lesson);
        });
        vm.progressVersionProperty().addListener((obs, o, n) -> list.refresh());
        pageScroll.setFitToWidth(true);
        pageScroll.setId("lesson-page");
        Button add = new Button("Add a lesson pack…");
        add.setId("add-lesson-pack");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setTooltip(new Tooltip("Install lessons a teacher shared as a ." + "cnnlesson file"));
        add.setOnAction(e -> addPack.accept(getScene().getWindow()));
        VBox side = new VBox(6, list, add);
        side.setPadding(new Insets(0, 0, 6, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        getItems().addAll(side, pageScroll);
        setDividerPositions(0.26);
        SplitPane.setResizableWithParent(side, false);
        showPage(vm.currentProperty().get());
    }

    private void showPage(Lesson lesson) {
        if (lesson == null) {
            Label none = new Label("No lessons found. Lessons are Markdown files in the 'lessons' folder of the installation.");
            none.setWrapText(true);
            none.setPadding(new Insets(24));
            pageScroll.setContent(none);
            return;
        }
        VBox page = new VBox(new LessonPage(lesson, vm, openScreen));
        int index = vm.lessons().indexOf(lesson);
        if (index + 1 < vm.lessons().size()) {
            Button next = new Button("Next lesson: " + vm.lessons().get(index + 1).title() + " →");
            next.setId("next-lesson");
            next.setOnAction(e -> vm.next());
            HBox bar = new HBox(next);
            bar.setAlignment(Pos.CENTER_RIGHT);
            bar.setPadding(new Insets(0, 24, 24, 24));
            page.getChildren().add(bar);
        }
        pageScroll.setContent(page);
        pageScroll.setVvalue(0);
    }

    /** A lesson in the list: a check mark when done, its title, minutes and progress. */
    private final class LessonCell extends ListCell<Lesson> {
        @Override
        protected void updateItem(Lesson lesson, boolean empty) {
            super.updateItem(lesson, empty);
            if (empty || lesson == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label((vm.isComplete(lesson) ? "✔ " : "") + lesson.title());
            title.getStyleClass().add("lesson-list-title");
            title.setWrapText(true);
            String progress = vm.progressText(lesson);
            Label detail = new Label(lesson.minutes() + " min" + (progress.isEmpty() ? "" : " · " + progress));
            detail.getStyleClass().add("lesson-list-detail");
            VBox box = new VBox(2, title, detail);
            title.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setGraphic(box);
            setText(null);
        }
    }
}
