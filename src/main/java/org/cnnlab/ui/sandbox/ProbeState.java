package org.cnnlab.ui.sandbox;

import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PipelineResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pixel the one-pixel math follows: the one under the mouse, else the one last clicked
 * (pinned). Whenever the probe or the result changes, the probe is traced again through the
 * current result ({@link PixelTrace}); a probe outside the current maps (after a new image or
 * another geometry) traces nothing and the math shows the hint again.
 *
 * <p>All properties belong to the FX thread.
 */
public final class ProbeState {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeState.class);
    /** What the math area shows while no pixel is traced. */
    public static final String HINT = "Hover or click a pixel of any panel to see its arithmetic.";

    private final ReadOnlyObjectProperty<PipelineResult> result;
    private final IntSupplier selectedFilter;
    private final ReadOnlyObjectWrapper<Probe> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyObjectWrapper<Probe> pinned = new ReadOnlyObjectWrapper<>(this, "pinned");
    private final ReadOnlyObjectWrapper<Traced> traced = new ReadOnlyObjectWrapper<>(this, "traced");
    private final ReadOnlyStringWrapper mathText = new ReadOnlyStringWrapper(this, "mathText", HINT);

    /** Follows {@code result}; a probe of the input panel is traced through the filter {@code selectedFilter} names. */
    ProbeState(ReadOnlyObjectProperty<PipelineResult> result, IntSupplier selectedFilter) {
        this.result = result;
        this.selectedFilter = selectedFilter;
        result.addListener((obs, o, n) -> retrace());
        hovered.addListener((obs, o, n) -> retrace());
        pinned.addListener((obs, o, n) -> retrace());
    }

    /** The pixel under the mouse, or {@code null}. */
    public ReadOnlyObjectProperty<Probe> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The pixel last clicked, traced while the mouse is elsewhere; or {@code null}. */
    public ReadOnlyObjectProperty<Probe> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** The current trace and the map it belongs to, or {@code null} when no pixel is traced. */
    public ReadOnlyObjectProperty<Traced> tracedProperty() {
        return traced.getReadOnlyProperty();
    }

    /** The arithmetic of the traced pixel, or {@link #HINT}. */
    public ReadOnlyStringProperty mathTextProperty() {
        return mathText.getReadOnlyProperty();
    }

    /** The mouse is over {@code probe}; {@code null} when it left every panel. */
    public void hover(Probe probe) {
        hovered.set(probe);
    }

    /** Pins {@code probe}: it stays traced while the mouse is elsewhere. */
    public void pin(Probe probe) {
        pinned.set(probe);
    }

    /** Traces the active probe again, e.g. after the selected filter changed. */
    void retrace() {
        Probe probe = hovered.get() != null ? hovered.get() : pinned.get();
        PipelineResult current = result.get();
        Probe resolved = probe == null || current == null ? null : resolve(probe, current);
        if (resolved == null) {
            traced.set(null);
            mathText.set(HINT);
            return;
        }
        try {
            PixelTrace trace = PixelTrace.of(current, resolved.filter(), resolved.map(), resolved.stage(), resolved.row(),
                    resolved.column());
            traced.set(new Traced(resolved, trace));
            MapResult map = current.filters().get(resolved.filter()).maps().get(resolved.map());
            String header = mapCount(current) > 1 ? SandboxTexts.mapName(resolved.filter(), map) + ": " : "";
            mathText.set(header + trace.text());
        } catch (RuntimeException e) {
            LOG.debug("could not trace pixel", e);
            traced.set(null);
            mathText.set("This pixel cannot be traced in the current result.");
        }
    }

    /** {@code probe} with its filter filled in (input probes), or {@code null} when it lies outside {@code r}'s maps. */
    private Probe resolve(Probe probe, PipelineResult r) {
        int filter = probe.stage() == PipelineStage.INPUT ? Math.min(selectedFilter.getAsInt(), r.filters().size() - 1)
                : probe.filter();
        int map = probe.stage() == PipelineStage.INPUT ? 0 : probe.map();
        if (filter < 0 || filter >= r.filters().size() || map < 0 || map >= r.filters().get(filter).maps().size()) {
            return null;
        }
        FloatPlanes plane = plane(r, r.filters().get(filter), map, probe.stage());
        if (plane == null || probe.row() < 0 || probe.column() < 0 || probe.row() >= plane.height()
                || probe.column() >= plane.width()) {
            return null;
        }
        return new Probe(filter, map, probe.stage(), probe.row(), probe.column());
    }

    private static FloatPlanes plane(PipelineResult r, FilterResult fr, int map, PipelineStage stage) {
        MapResult m = fr.maps().get(map);
        return switch (stage) {
            case INPUT -> r.input();
            case CONV -> m.conv();
            case ACTIVATION -> m.activated();
            case MAX_POOL -> m.maxPooled();
            case AVERAGE_POOL -> m.averagePooled();
        };
    }

    private static int mapCount(PipelineResult r) {
        return r.filters().stream().mapToInt(f -> f.maps().size()).sum();
    }

    /**
     * One pixel {@code (row, column)} of the panel {@code stage} of map {@code map} of filter
     * {@code filter}; for the input panel, filter and map are ignored (the selected filter's first
     * map traces it).
     */
    public record Probe(int filter, int map, PipelineStage stage, int row, int column) {
    }

    /** A probe as traced in the current result, with the trace. */
    public record Traced(Probe probe, PixelTrace trace) {
    }
}
