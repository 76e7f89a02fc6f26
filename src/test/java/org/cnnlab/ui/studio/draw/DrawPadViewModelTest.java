package org.cnnlab.ui.studio.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cnnlab.services.studio.DrawingReading;
import org.cnnlab.testsupport.QueuedFxThread;
import org.cnnlab.ui.tasks.InlineTaskExecutor;
import org.junit.jupiter.api.Test;

class DrawPadViewModelTest {
    private static final int PAD = DrawPadViewModel.PAD;

    private final QueuedFxThread fx = new QueuedFxThread();
    private final List<DrawingReading> delivered = new ArrayList<>();

    private DrawPadViewModel pad(FakeStudio studio) {
        DrawPadViewModel vm = new DrawPadViewModel(studio, new InlineTaskExecutor(fx));
        vm.setOnReading(delivered::add);
        return vm;
    }

    private static float inkAt(float[] ink, int x, int y) {
        return ink[y * PAD + x];
    }

    @Test
    void aStrokeInksThePixelsItPassesAndNothingFarFromIt() {
        DrawPadViewModel vm = pad(new FakeStudio().answerWith(1, 0.9f));
        vm.brushSizeProperty().set(20);

        vm.beginStroke(140.3, 40);
        vm.extendStroke(140.3, 240);
        vm.endStroke();

        float[] ink = vm.ink();
        assertThat(ink).hasSize(PAD * PAD);
        assertThat(inkAt(ink, 140, 140)).isEqualTo(1f);
        assertThat(inkAt(ink, 148, 100)).isEqualTo(1f);
        // 20 units from the line's centre, twice the pen's radius: untouched
        assertThat(inkAt(ink, 160, 140)).isZero();
        assertThat(inkAt(ink, 140, 10)).isZero();
        // the edge is anti-aliased: pixel centre 150.5 lies 10.2 from the line, so 10 + 0.5 - 10.2 = 0.3 of it is covered
        assertThat(inkAt(ink, 150, 140)).isCloseTo(0.3f, org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void anEmptyPadSendsNothingAndShowsThePrompt() {
        FakeStudio studio = new FakeStudio().answerWith(7, 0.98f);
        DrawPadViewModel vm = pad(studio);

        vm.clear();
        fx.runAll();

        assertThat(studio.canvases).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Draw a digit");
        assertThat(vm.predictionTextProperty().get()).isEmpty();
        assertThat(vm.readingProperty().get()).isNull();
    }

    @Test
    void aReadingShowsThePredictedClassAndGoesToTheConsumer() {
        FakeStudio studio = new FakeStudio().answerWith(7, 0.98f);
        DrawPadViewModel vm = pad(studio);

        vm.beginStroke(100, 100);
        fx.runAll();

        assertThat(studio.canvases).hasSize(1);
        assertThat(studio.canvases.get(0)).hasSize(PAD * PAD).contains(1f);
        assertThat(vm.predictionTextProperty().get()).isEqualTo("7 — 98%");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).predictedClass()).isEqualTo(7);
    }

    @Test
    void whileARequestIsInFlightEditsAreCoalescedAndOnlyTheNewestInkIsSent() {
        FakeStudio studio = new FakeStudio().holdAnswers();
        DrawPadViewModel vm = pad(studio);

        vm.beginStroke(50, 50);
        vm.extendStroke(60, 60);
        vm.extendStroke(70, 70);
        vm.extendStroke(200, 200);

        assertThat(studio.requests).hasSize(1);
        assertThat(vm.requestInFlight()).isTrue();
        float[] newest = vm.ink();

        studio.answerWith(3, 0.6f);
        studio.requests.get(0).complete(reading(2));
        fx.runAll();

        assertThat(studio.requests).hasSize(2);
        assertThat(studio.canvases.get(1)).isEqualTo(newest);
        assertThat(inkAt(studio.canvases.get(0), 200, 200)).isZero();
        assertThat(inkAt(studio.canvases.get(1), 200, 200)).isEqualTo(1f);
        assertThat(vm.requestInFlight()).isFalse();
        assertThat(vm.predictionTextProperty().get()).isEqualTo("3 — 60%");
    }

    @Test
    void clearingWhileARequestIsInFlightDiscardsItsAnswerAndTellsTheConsumer() {
        FakeStudio studio = new FakeStudio().holdAnswers();
        DrawPadViewModel vm = pad(studio);
        vm.beginStroke(50, 50);

        vm.clear();
        studio.requests.get(0).complete(reading(4));
        fx.runAll();

        assertThat(vm.readingProperty().get()).isNull();
        assertThat(vm.predictionTextProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Draw a digit");
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).empty()).isTrue();
        assertThat(studio.requests).hasSize(1);
    }

    @Test
    void undoRemovesTheLastStrokeOnly() {
        FakeStudio studio = new FakeStudio().answerWith(1, 0.5f);
        DrawPadViewModel vm = pad(studio);
        vm.beginStroke(40, 40);
        vm.endStroke();
        vm.beginStroke(200, 200);
        vm.endStroke();
        fx.runAll();

        vm.undo();
        fx.runAll();

        assertThat(inkAt(vm.ink(), 40, 40)).isEqualTo(1f);
        assertThat(inkAt(vm.ink(), 200, 200)).isZero();
        assertThat(vm.strokes()).hasSize(1);
        vm.undo();
        fx.runAll();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Draw a digit");
    }

    @Test
    void aFailedReadingShowsTheStudiosMessageInsteadOfAPrediction() {
        FakeStudio studio = new FakeStudio().failWith("Create or open a model first.");
        DrawPadViewModel vm = pad(studio);

        vm.beginStroke(100, 100);
        fx.runAll();

        assertThat(vm.messageProperty().get()).isEqualTo("Create or open a model first.");
        assertThat(vm.predictionTextProperty().get()).isEmpty();
        assertThat(vm.requestInFlight()).isFalse();
        assertThat(delivered).isEmpty();
    }

    @Test
    void fashionClassNamesNameThePrediction() {
        DrawPadViewModel vm = pad(new FakeStudio().answerWith(9, 0.5f));
        vm.classNamesProperty().set(org.cnnlab.training.data.DatasetId.FASHION_MNIST.classNames());
        vm.beginStroke(100, 100);
        fx.runAll();
        assertThat(vm.predictionTextProperty().get()).isEqualTo("Ankle boot — 50%");
    }

    private static DrawingReading reading(int label) {
        float[] p = new float[10];
        p[label] = 1f;
        return new DrawingReading(new float[784], false, p, List.of());
    }

    @Test
    void theSameDrawingIsReadAgainEachTimeTheNetworkChanges() {
        FakeStudio studio = new FakeStudio().answerWith(1, 0.21f);
        DrawPadViewModel vm = pad(studio);
        javafx.beans.property.SimpleLongProperty network = new javafx.beans.property.SimpleLongProperty();
        vm.follow(network);
        vm.beginStroke(140, 40);
        vm.extendStroke(140, 240);
        vm.endStroke();
        fx.runAll();
        int readings = studio.canvases.size();

        studio.answerWith(7, 0.98f);
        network.set(1);
        fx.runAll();

        assertThat(studio.canvases).hasSize(readings + 1);
        assertThat(vm.predictionTextProperty().get()).isEqualTo("7 — 98%");
    }

    @Test
    void anEmptyPadIsNotReadWhenTheNetworkChanges() {
        FakeStudio studio = new FakeStudio().answerWith(1, 0.21f);
        DrawPadViewModel vm = pad(studio);
        javafx.beans.property.SimpleLongProperty network = new javafx.beans.property.SimpleLongProperty();
        vm.follow(network);
        network.set(1);
        fx.runAll();
        assertThat(studio.canvases).isEmpty();
    }
}
