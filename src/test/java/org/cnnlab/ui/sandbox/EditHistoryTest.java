package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private final EditHistory<String> history = new EditHistory<>("a", 3);

    @Test
    void undoStepsBackAndRedoStepsForwardAgain() {
        history.record("b");
        history.record("c");

        assertThat(history.undo()).contains("b");
        assertThat(history.undo()).contains("a");
        assertThat(history.undo()).isEmpty();
        assertThat(history.redo()).contains("b");
        assertThat(history.redo()).contains("c");
        assertThat(history.redo()).isEmpty();
    }

    @Test
    void aNewStateAfterAnUndoDropsTheStepsThatCouldBeRedone() {
        history.record("b");
        history.undo();
        history.record("x");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).contains("a");
    }

    @Test
    void recordingThePresentStateAgainIsNotAStep() {
        history.record("a");
        history.record("b");
        history.record("b");

        assertThat(history.undo()).contains("a");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void beyondItsCapacityTheOldestStepsAreForgotten() {
        for (String s : new String[] {"b", "c", "d", "e"}) {
            history.record(s);
        }

        assertThat(history.undo()).contains("d");
        assertThat(history.undo()).contains("c");
        assertThat(history.undo()).contains("b");
        assertThat(history.undo()).isEmpty();
    }
}
