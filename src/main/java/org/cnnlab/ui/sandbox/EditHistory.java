package org.cnnlab.ui.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * A bounded undo/redo history of immutable states. {@link #record} is told every state the user
 * reaches; a state equal to the present one is not a change and is ignored, so callers may record
 * after any edit. Undo steps back to the previous state and redo forward again; a new state after
 * an undo drops the redo steps. Beyond {@code capacity} steps the oldest are forgotten.
 *
 * @param <T> an immutable state with value equality
 */
final class EditHistory<T> {
    private final int capacity;
    private final Deque<T> past = new ArrayDeque<>();
    private final Deque<T> future = new ArrayDeque<>();
    private T present;

    /** A history that starts at {@code initial} and keeps at most {@code capacity} undo steps. */
    EditHistory(T initial, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the history needs room for at least one step, got " + capacity);
        }
        this.present = Objects.requireNonNull(initial);
        this.capacity = capacity;
    }

    /** Notes that the user reached {@code state}. */
    void record(T state) {
        Objects.requireNonNull(state);
        if (state.equals(present)) {
            return;
        }
        past.push(present);
        if (past.size() > capacity) {
            past.removeLast();
        }
        future.clear();
        present = state;
    }

    /** The state before the present one, which becomes the present; empty when there is none. */
    Optional<T> undo() {
        if (past.isEmpty()) {
            return Optional.empty();
        }
        future.push(present);
        present = past.pop();
        return Optional.of(present);
    }

    /** The state undone last, which becomes the present again; empty when there is none. */
    Optional<T> redo() {
        if (future.isEmpty()) {
            return Optional.empty();
        }
        past.push(present);
        present = future.pop();
        return Optional.of(present);
    }

    boolean canUndo() {
        return !past.isEmpty();
    }

    boolean canRedo() {
        return !future.isEmpty();
    }
}
