package org.cnnlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseTest {
    private final Exercise half = new Exercise("half", "128 / 255?", List.of(), "0.50", 0.01, "Divide.", "About a half.");
    private final Exercise order = new Exercise("order", "Order?", List.of("RGB", "BGR", "ARGB"), "BGR", 0, "Look.", "Blue first.");

    @Test
    void aNumberWithinTheToleranceIsRight() {
        assertThat(half.check("0.502").correct()).isTrue();
        assertThat(half.check("0.502").feedback()).contains("About a half.");
        assertThat(half.check("0.52").correct()).isFalse();
    }

    @Test
    void aDecimalCommaIsReadAsAPoint() {
        assertThat(half.check("0,5").correct()).isTrue();
    }

    @Test
    void thousandsSeparatorsAreIgnored() {
        Exercise params = new Exercise("p", "Parameters?", List.of(), "44164", 0, "Add.", "");
        assertThat(params.check("44,164").correct()).isTrue();
        assertThat(params.check("44 164").correct()).isTrue();
        assertThat(params.check("44.164").correct()).isFalse();
    }

    @Test
    void aWrongNumberGetsTheHint() {
        CheckResult result = half.check("2");
        assertThat(result.correct()).isFalse();
        assertThat(result.feedback()).contains("Divide.");
    }

    @Test
    void textThatIsNoNumberIsExplainedNotJudged() {
        assertThat(half.check("half").feedback()).contains("not a number");
        assertThat(half.check("  ").feedback()).contains("Type an answer");
    }

    @Test
    void aChoiceCanBeGivenByTextOrLetter() {
        assertThat(order.check("bgr").correct()).isTrue();
        assertThat(order.check("b").correct()).isTrue();
        assertThat(order.check("a").correct()).isFalse();
        assertThat(order.check("a").feedback()).contains("Look.");
    }

    @Test
    void anExerciseWhoseAnswerCannotBeRightIsRefused() {
        assertThatThrownBy(() -> new Exercise("x", "?", List.of(), "twelve", 0, "", ""))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> new Exercise("x", "?", List.of("a", "b"), "c", 0, "", ""))
                .hasMessageContaining("not one of its choices");
    }
}
