package org.cnnlab.ui.studio.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.cnnlab.services.studio.DrawingReading;
import org.cnnlab.services.studio.Studio;
import org.cnnlab.services.studio.StudioException;
import org.cnnlab.training.data.DigitPreprocessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.TaskExecutor;

/**
 * The draw-a-digit pad's state: the strokes drawn so far, their ink as a {@value #PAD}x{@value #PAD}
 * grid of 0–1 values, and the network's latest reading of it. Every change of the ink asks the
 * {@link Studio} to read the drawing, coalesced so that at most one request is in flight: edits
 * made meanwhile only mark the ink as changed, and when the answer comes the newest ink is sent.
 * The same drawing is read again whenever the network changes ({@link #follow}), so the prediction
 * follows a training run between its batches. An empty pad sends nothing and shows the prompt; a
 * failed request shows its message.
 *
 * <p>All properties belong to the FX thread.
 */
public final class DrawPadViewModel {
    /** Side of the pad in pad units, which are also the pixels of the ink sent to the network. */
    public static final int PAD = 280;
    /** The prompt on an empty pad. */
    public static final String PROMPT = "Draw a digit";
    /** The smallest and largest pen, in pad units. */
    public static final double MIN_BRUSH = 8;
    public static final double MAX_BRUSH = 40;

    private static final int FIELD_PIXELS = DigitPreprocessor.FIELD * DigitPreprocessor.FIELD;

    private final Studio studio;
    private final TaskExecutor tasks;
    private final InkRaster raster = new InkRaster(PAD, PAD);
    private final List<Stroke> strokes = new ArrayList<>();
    private final DoubleProperty brushSize = new SimpleDoubleProperty(this, "brushSize", 22);
    private final ObjectProperty<List<String>> classNames = new SimpleObjectProperty<>(this, "classNames",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    private final ReadOnlyObjectWrapper<DrawingReading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", PROMPT);
    private final ReadOnlyStringWrapper predictionText = new ReadOnlyStringWrapper(this, "predictionText", "");
    private final ReadOnlyStringWrapper runnerUpText = new ReadOnlyStringWrapper(this, "runnerUpText", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private Consumer<DrawingReading> onReading = r -> { };
    private Stroke current;
    private boolean inFlight;
    private boolean changedSinceSent;
    private long clears;

    /** A pad whose readings {@code tasks} hands back to the FX thread (the studio reads them on its own thread). */
    public DrawPadViewModel(Studio studio, TaskExecutor tasks) {
        this.studio = Objects.requireNonNull(studio);
        this.tasks = Objects.requireNonNull(tasks);
        classNames.addListener((obs, o, n) -> describe(reading.get()));
    }

    // ---- properties -------------------------------------------------------------------------

    /** The pen's thickness in pad units, {@value #MIN_BRUSH}–{@value #MAX_BRUSH}. */
    public DoubleProperty brushSizeProperty() {
        return brushSize;
    }

    /** Class names by label, for the prediction text (digits by default). */
    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    /** The latest reading of a non-empty pad; null on an empty pad or after a failure. */
    public ReadOnlyObjectProperty<DrawingReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The prompt on an empty pad, or why the drawing could not be read; empty while readings arrive. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The predicted class and its probability, e.g. {@code 7 — 98%}; empty without a reading. */
    public ReadOnlyStringProperty predictionTextProperty() {
        return predictionText.getReadOnlyProperty();
    }

    /** The second most probable class, e.g. {@code then 1 — 1%}; empty without a reading. */
    public ReadOnlyStringProperty runnerUpTextProperty() {
        return runnerUpText.getReadOnlyProperty();
    }

    /** True while the pad holds no ink. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Counts changes of the strokes, so that views know when to repaint. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Receives every accepted reading on the FX thread (for the activation views), and an
     * {@linkplain DrawingReading#empty() empty} reading when the pad is cleared.
     */
    public void setOnReading(Consumer<DrawingReading> listener) {
        this.onReading = Objects.requireNonNull(listener);
    }

    /** The strokes drawn, oldest first. */
    public List<Stroke> strokes() {
        return List.copyOf(strokes);
    }

    /** The ink, {@value #PAD}x{@value #PAD} values 0–1 row by row (a copy). */
    public float[] ink() {
        return raster.copy();
    }

    /** Whether a request to the studio has not been answered yet. */
    public boolean requestInFlight() {
        return inFlight;
    }

    // ---- drawing ----------------------------------------------------------------------------

    /** Puts the pen down at (x, y) in pad units: a dot, the start of a stroke. */
    public void beginStroke(double x, double y) {
        double width = Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, brushSize.get()));
        current = new Stroke(width, clamp(x), clamp(y));
        strokes.add(current);
        raster.segment(current.x(0), current.y(0), current.x(0), current.y(0), width);
        inkChanged();
    }

    /** Moves the pen, while down, to (x, y). */
    public void extendStroke(double x, double y) {
        if (current == null) {
            beginStroke(x, y);
            return;
        }
        int last = current.pointCount() - 1;
        double px = current.x(last);
        double py = current.y(last);
        double nx = clamp(x);
        double ny = clamp(y);
        if (px == nx && py == ny) {
            return;
        }
        current.add(nx, ny);
        raster.segment(px, py, nx, ny, current.width());
        inkChanged();
    }

    /** Lifts the pen. */
    public void endStroke() {
        current = null;
    }

    /** Removes the last stroke. */
    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
            current = null;
            redrawRaster();
            inkChanged();
        }
    }

    /** Removes every stroke. */
    public void clear() {
        strokes.clear();
        current = null;
        raster.clear();
        inkChanged();
    }

    /**
     * Reads the drawing again whenever {@code network} changes (e.g. a revision counter the studio
     * bumps when its network was created, loaded or trained a little more), so that the prediction
     * follows the network between batches of a run.
     */
    public void follow(ObservableValue<?> network) {
        network.addListener((obs, old, now) -> refresh());
    }

    /** Asks the studio again for the same drawing, e.g. after another model was created or trained. */
    public void refresh() {
        if (!raster.isEmpty()) {
            changedSinceSent = true;
            sendIfIdle();
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(PAD, v));
    }

    private void redrawRaster() {
        raster.clear();
        for (Stroke stroke : strokes) {
            raster.segment(stroke.x(0), stroke.y(0), stroke.x(0), stroke.y(0), stroke.width());
            for (int i = 1; i < stroke.pointCount(); i++) {
                raster.segment(stroke.x(i - 1), stroke.y(i - 1), stroke.x(i), stroke.y(i), stroke.width());
            }
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    private void inkChanged() {
        revision.set(revision.get() + 1);
        empty.set(raster.isEmpty());
        if (raster.isEmpty()) {
            clears++;
            changedSinceSent = false;
            if (reading.get() != null || !PROMPT.equals(message.get())) {
                reading.set(null);
                describe(null);
                message.set(PROMPT);
                onReading.accept(new DrawingReading(new float[FIELD_PIXELS], true, new float[0], List.of()));
            }
            return;
        }
        if (PROMPT.equals(message.get())) {
            message.set("");
        }
        changedSinceSent = true;
        sendIfIdle();
    }

    private void sendIfIdle() {
        if (inFlight || !changedSinceSent || raster.isEmpty()) {
            return;
        }
        changedSinceSent = false;
        inFlight = true;
        long sentAfterClears = clears;
        float[] ink = raster.copy();
        tasks.execute(BackgroundTask.awaiting("The network could not read the drawing", () -> studio.readDrawing(ink, PAD, PAD))
                .onSuccess(result -> answered(result, null, sentAfterClears))
                .onFailure(failure -> answered(null, failure.message(), sentAfterClears)));
    }

    private void answered(DrawingReading result, String failure, long sentAfterClears) {
        inFlight = false;
        if (sentAfterClears == clears) {
            if (failure != null) {
                reading.set(null);
                describe(null);
                message.set(failure);
            } else if (result != null && !result.empty()) {
                reading.set(result);
                describe(result);
                message.set("");
                onReading.accept(result);
            }
        }
        sendIfIdle();
    }

    private void describe(DrawingReading result) {
        if (result == null || result.empty()) {
            predictionText.set("");
            runnerUpText.set("");
            return;
        }
        float[] p = result.probabilities();
        int best = result.predictedClass();
        int second = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != best && (second < 0 || p[i] > p[second])) {
                second = i;
            }
        }
        predictionText.set(classText(best, p[best]));
        runnerUpText.set(second < 0 || p[second] < 0.005f ? "" : "then " + classText(second, p[second]));
    }

    private String classText(int label, float probability) {
        List<String> names = classNames.get();
        String name = names != null && label < names.size() ? names.get(label) : Integer.toString(label);
        return name + " — " + String.format(Locale.ROOT, "%.0f%%", probability * 100);
    }
}
