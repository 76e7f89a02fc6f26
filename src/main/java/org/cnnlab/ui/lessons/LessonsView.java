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
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cnnlab.lessons.Lesson;

/**
 * The lessons screen: the list of lessons (with minutes and how many exercises are solved) on
 * the left, which can be hidden to give the page the whole width, the open lesson on the right,
 * and a button to the next one at its end. Each lesson opens again where the student left it.
 */
public final class LessonsView extends BorderPane {
    private final LessonsViewModel vm;
    private final Consumer<String> openScreen;
    private final ScrollPane pageScroll = new ScrollPane();
    private final ListView<Lesson> list = new ListView<>();
    private final SplitPane split = new SplitPane();
    private Lesson shown;

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
        pageScroll.vvalueProperty().addListener((obs, o, v) -> vm.rememberReadingPosition(shown, v.doubleValue()));
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
        split.getItems().addAll(side, pageScroll);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(side, false);
        vm.listShownProperty().addListener((obs, o, visible) -> {
            if (visible) {
                split.getItems().add(0, side);
                split.setDividerPositions(0.26);
            } else {
                split.getItems().remove(side);
            }
        });
        ToggleButton showList = new ToggleButton("Lesson list");
        showList.setId("lesson-list-toggle");
        showList.selectedProperty().bindBidirectional(vm.listShownProperty());
        showList.setTooltip(new Tooltip("Show or hide the list of lessons; hidden, the lesson gets the whole width"));
        HBox top = new HBox(showList);
        top.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);
        setCenter(split);
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
        shown = null;
        pageScroll.setContent(page);
        pageScroll.setVvalue(0);
        double position = vm.readingPosition(lesson);
        if (position > 0) {
            // The page's height is known only after the next layout pass.
            page.applyCss();
            pageScroll.layout();
            pageScroll.setVvalue(position);
        }
        shown = lesson;
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
