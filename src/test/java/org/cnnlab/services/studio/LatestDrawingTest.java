package org.cnnlab.services.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LatestDrawingTest {
    private static DrawingReading reading() {
        return new DrawingReading(new float[784], true, new float[0], List.of());
    }

    @Test
    void aNewerDrawingReplacesTheWaitingOneAndAnswersBothFutures() {
        LatestDrawing latest = new LatestDrawing();
        CompletableFuture<DrawingReading> older = new CompletableFuture<>();
        CompletableFuture<DrawingReading> newer = new CompletableFuture<>();
        latest.offer(new float[] {1f}, 1, 1, older);
        latest.offer(new float[] {0.5f, 0.25f}, 2, 1, newer);

        LatestDrawing.Request request = latest.take();
        DrawingReading reading = reading();
        request.answer(reading);

        assertThat(request.canvas()).containsExactly(0.5f, 0.25f);
        assertThat(request.width()).isEqualTo(2);
        assertThat(older).isCompletedWithValue(reading);
        assertThat(newer).isCompletedWithValue(reading);
        assertThat(latest.take()).isNull();
    }

    @Test
    void theCanvasIsCopiedWhenOffered() {
        LatestDrawing latest = new LatestDrawing();
        float[] canvas = {1f};
        latest.offer(canvas, 1, 1, new CompletableFuture<>());

        canvas[0] = 0f;

        assertThat(latest.take().canvas()).containsExactly(1f);
    }

    @Test
    void aFailureReachesEveryWaitingFuture() {
        LatestDrawing latest = new LatestDrawing();
        CompletableFuture<DrawingReading> first = new CompletableFuture<>();
        CompletableFuture<DrawingReading> second = new CompletableFuture<>();
        latest.offer(new float[1], 1, 1, first);
        latest.offer(new float[1], 1, 1, second);

        latest.take().fail(new StudioException("closed"));

        assertThat(first).isCompletedExceptionally();
        assertThat(second).isCompletedExceptionally();
    }
}
