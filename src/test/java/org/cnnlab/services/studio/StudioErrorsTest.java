package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.dl4j.ModelFileException;
import org.junit.jupiter.api.Test;

class StudioErrorsTest {
    private static final String FAILURE = "The model could not be loaded";

    @Test
    void ourOwnFailuresKeepTheSentenceWrittenForTheUser() {
        assertThat(StudioErrors.forUser(FAILURE, new ModelFileException("notes.zip is not a CNN Lab model file.")))
                .hasMessage("notes.zip is not a CNN Lab model file.");
        assertThat(StudioErrors.forUser(FAILURE, new DatasetException("The MNIST test set is damaged.")))
                .hasMessage("The MNIST test set is damaged.");
    }

    @Test
    void aStudioExceptionPassesUnchanged() {
        StudioException refused = new StudioException("There is no model yet.");

        assertThat(StudioErrors.forUser(FAILURE, refused)).isSameAs(refused);
    }

    @Test
    void anUnexpectedExceptionShowsNeitherItsTextNorItsClassName() {
        IllegalStateException bug = new IllegalStateException("Op [conv2d] failed: shape [1, 28] rank 2");

        StudioException shown = StudioErrors.forUser(FAILURE, bug);

        assertThat(shown).hasMessage("The model could not be loaded. The details are in the log.").hasCause(bug);
        assertThat(StudioErrors.forUser(FAILURE, new NullPointerException())).hasMessageNotContaining("NullPointer");
    }

    @Test
    void runningOutOfMemoryTellsTheUserWhatToDo() {
        StudioException shown = StudioErrors.outOfMemory("Training could not run", new OutOfMemoryError("Java heap space"));

        assertThat(shown.getMessage()).startsWith("Training could not run: CNN Lab ran out of memory.")
                .contains("smaller model or batch size").doesNotContain("heap", "OutOfMemoryError");
    }

    @Test
    void anyOtherErrorSaysTheStudioStoppedWithoutNamingTheError() {
        StackOverflowError error = new StackOverflowError("deep");

        StudioException shown = StudioErrors.fatal("The drawing could not be read", error);

        assertThat(shown.getMessage()).startsWith("The drawing could not be read: the training studio stopped")
                .contains("Restart CNN Lab").doesNotContain("StackOverflow", "deep");
        assertThat(shown).hasCause(error);
    }
}
