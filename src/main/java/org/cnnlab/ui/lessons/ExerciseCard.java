package org.cnnlab.ui.lessons;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cnnlab.lessons.CheckResult;
import org.cnnlab.lessons.Exercise;

/**
 * One exercise on a lesson page: the question, an answer field (or one button per choice), a
 * Check button (Enter works too) and the verdict. A solved exercise shows its explanation.
 */
final class ExerciseCard extends VBox {
    private final Label verdict = new Label();

    ExerciseCard(Exercise exercise, LessonsViewModel vm) {
        super(6);
        getStyleClass().add("exercise-card");
        setId("exercise-" + exercise.id());
        setPadding(new Insets(10, 12, 10, 12));
        Label question = new Label(exercise.question());
        question.setWrapText(true);
        question.getStyleClass().add("exercise-question");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("exercise-verdict");
        verdict.managedProperty().bind(verdict.textProperty().isNotEmpty());
        verdict.visibleProperty().bind(verdict.textProperty().isNotEmpty());
        Button check = new Button("Check");
        check.getStyleClass().add("exercise-check");
        HBox answerRow;
        if (exercise.isChoice()) {
            ToggleGroup group = new ToggleGroup();
            FlowPane options = new FlowPane(12, 6);
            for (String choice : exercise.choices()) {
                RadioButton option = new RadioButton(choice);
                option.setUserData(choice);
                option.setToggleGroup(group);
                options.getChildren().add(option);
            }
            check.setOnAction(e -> show(vm.check(exercise,
                    group.getSelectedToggle() == null ? "" : (String) group.getSelectedToggle().getUserData())));
            answerRow = new HBox(12, options, check);
        } else {
            TextField answer = new TextField();
            answer.setPromptText("your answer");
            answer.setPrefColumnCount(8);
            answer.getStyleClass().add("exercise-answer");
            answer.setOnAction(e -> show(vm.check(exercise, answer.getText())));
            check.setOnAction(e -> show(vm.check(exercise, answer.getText())));
            answerRow = new HBox(8, answer, check);
        }
        answerRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(question, answerRow, verdict);
        if (vm.isSolved(exercise)) {
            show(new CheckResult(true, "Solved. " + exercise.explanation()));
        }
    }

    private void show(CheckResult result) {
        verdict.setText((result.correct() ? "✔ " : "✘ ") + result.feedback());
        verdict.getStyleClass().removeAll("right", "wrong");
        verdict.getStyleClass().add(result.correct() ? "right" : "wrong");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("solved"), result.correct());
    }
}
