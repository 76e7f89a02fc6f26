package org.cnnlab.ui.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.ui.controls.Highlight;
import org.cnnlab.ui.controls.MapView;

/**
 * The sandbox's map panels: one row per map (per filter, and per colour channel in depthwise
 * mode) with its feature map → activation → pooling panels. It builds the rows a result needs,
 * shows each map in its panel, reports hovers and clicks as {@link ProbeState.Probe}s and outlines
 * the traced pixel on every panel of the traced map.
 */
final class PanelGrid extends GridPane {
    private static final List<PipelineStage> STAGES = List.of(PipelineStage.CONV, PipelineStage.ACTIVATION,
            PipelineStage.MAX_POOL, PipelineStage.AVERAGE_POOL);

    private final ProbeState probes;
    private final BiFunction<MapView, String, ContextMenu> exportMenu;
    private final List<MapRow> rows = new ArrayList<>();

    /** Panels report to {@code probes}; {@code exportMenu} makes the context menu of a panel and its export name. */
    PanelGrid(ProbeState probes, BiFunction<MapView, String, ContextMenu> exportMenu) {
        this.probes = probes;
        this.exportMenu = exportMenu;
        setHgap(10);
        setVgap(10);
        setPadding(new Insets(8));
        getStyleClass().add("sandbox-panels");
    }

    /** The panel of {@code stage} for map {@code map} of filter {@code filter}, if shown. */
    Optional<MapView> panel(int filter, int map, PipelineStage stage) {
        return rows.stream().filter(r -> r.filter == filter && r.map == map).findFirst().map(r -> r.views.get(stage))
                .filter(MapView::isVisible);
    }

    /** Number of map rows. */
    int rowCount() {
        return rows.size();
    }

    /** The filter and map of row {@code index}, as {@code {filter, map}}. */
    int[] rowAt(int index) {
        MapRow r = rows.get(index);
        return new int[] {r.filter, r.map};
    }

    /** Every map panel, row by row. */
    List<MapView> panels() {
        List<MapView> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(r.views.values()));
        return all;
    }

    /** Whether any row shows the panel of {@code stage}. */
    boolean anyShows(PipelineStage stage) {
        return rows.stream().anyMatch(r -> r.views.get(stage).isManaged());
    }

    /** Empties every panel. */
    void clear() {
        for (MapRow r : rows) {
            r.views.values().forEach(MapView::clear);
        }
    }

    /** Shows every map of {@code result}, building the rows it needs first. */
    void show(PipelineResult result) {
        layoutRows(result);
        PipelineSpec spec = result.spec();
        int i = 0;
        for (int f = 0; f < result.filters().size(); f++) {
            FilterResult fr = result.filters().get(f);
            for (MapResult map : fr.maps()) {
                MapRow row = rows.get(i++);
                row.label.setText(SandboxTexts.mapName(f, map));
                row.views.get(PipelineStage.CONV).show(map.conv(), 0, map.convStats());
                row.views.get(PipelineStage.CONV).setTitle("feature map");
                row.views.get(PipelineStage.ACTIVATION).show(map.activated(), 0, map.activatedStats());
                row.views.get(PipelineStage.ACTIVATION).setTitle(SandboxTexts.activationTitle(spec.activation()));
                showPooled(row.views.get(PipelineStage.MAX_POOL), map.maxPooled(), "max pool", spec);
                showPooled(row.views.get(PipelineStage.AVERAGE_POOL), map.averagePooled(), "average pool", spec);
            }
        }
    }

    /** Outlines {@code traced}'s pixels on its map's panels and clears the others, touching only panels that change. */
    void showHighlights(ProbeState.Traced traced) {
        for (MapRow r : rows) {
            boolean isTraced = traced != null && traced.probe().filter() == r.filter && traced.probe().map() == r.map;
            for (Map.Entry<PipelineStage, MapView> e : r.views.entrySet()) {
                replaceIfChanged(e.getValue(), isTraced ? traced.trace().highlights(e.getKey()) : List.of());
            }
        }
    }

    static void replaceIfChanged(MapView view, List<Highlight> wanted) {
        if (!view.highlights().equals(wanted)) {
            view.highlights().setAll(wanted);
        }
    }

    private static void showPooled(MapView view, FloatPlanes pooled, String name, PipelineSpec spec) {
        if (pooled == null) {
            view.clear();
            view.setVisible(false);
            view.setManaged(false);
            return;
        }
        view.setVisible(true);
        view.setManaged(true);
        view.show(pooled, 0);
        view.setTitle(name + " " + spec.poolSize() + "×" + spec.poolSize() + " /" + spec.poolStride());
    }

    private void layoutRows(PipelineResult result) {
        List<int[]> wanted = new ArrayList<>();
        for (int f = 0; f < result.filters().size(); f++) {
            for (int m = 0; m < result.filters().get(f).maps().size(); m++) {
                wanted.add(new int[] {f, m});
            }
        }
        boolean same = wanted.size() == rows.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            same = rows.get(i).filter == wanted.get(i)[0] && rows.get(i).map == wanted.get(i)[1];
        }
        if (same) {
            return;
        }
        clear();
        rows.clear();
        getChildren().clear();
        probes.hover(null);
        for (int i = 0; i < wanted.size(); i++) {
            int f = wanted.get(i)[0];
            int m = wanted.get(i)[1];
            Map<PipelineStage, MapView> views = new EnumMap<>(PipelineStage.class);
            for (PipelineStage stage : STAGES) {
                MapView view = new MapView(stage.label());
                String stageName = stage.name().toLowerCase(Locale.ROOT);
                view.setId("panel-" + f + "-" + m + "-" + stageName);
                watch(view, f, m, stage, probes);
                view.setContextMenu(exportMenu.apply(view, "filter" + (f + 1) + (m > 0 || result.spec().mode() == ColorMode.DEPTHWISE
                        ? "-" + SandboxTexts.channelName(m) : "") + "-" + stageName));
                views.put(stage, view);
            }
            Label label = new Label();
            label.getStyleClass().add("sandbox-row-label");
            label.setRotate(-90);
            MapRow row = new MapRow(f, m, views, label);
            rows.add(row);
            addRow(i, new Group(label), views.get(PipelineStage.CONV), views.get(PipelineStage.ACTIVATION),
                    views.get(PipelineStage.MAX_POOL), views.get(PipelineStage.AVERAGE_POOL));
        }
    }

    /** Hovering {@code view} moves the probe, a click pins it. */
    static void watch(MapView view, int filter, int map, PipelineStage stage, ProbeState probes) {
        view.hoveredPixelProperty().addListener((obs, o, n) -> probes.hover(n == null ? null
                : new ProbeState.Probe(filter, map, stage, n[0], n[1])));
        view.onPixelClickedProperty().set(p -> probes.pin(new ProbeState.Probe(filter, map, stage, p[0], p[1])));
    }

    private record MapRow(int filter, int map, Map<PipelineStage, MapView> views, Label label) {
    }
}
