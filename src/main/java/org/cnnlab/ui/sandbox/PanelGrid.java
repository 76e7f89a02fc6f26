package org.cnnlab.ui.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.ui.controls.Highlight;
import org.cnnlab.ui.controls.MapView;

/**
 * The sandbox's map panels, laid out to fill the space they have. Each map (one per filter, and
 * per colour channel in depthwise mode) is a strip of k panels (feature map → activation →
 * pooling) with its name beside it; the strips are placed in rows of m strips, after the input
 * panel. Panels have the input's shape (width = a · height, a = the image's width over height,
 * kept between 1/2 and 2). Of every m from 1 to the number of maps, the layout takes the one whose
 * panels come out largest: height h = min(width share / a, height share − the panel's title and
 * colour bar), so a filter bank on a wide screen gets several strips per row instead of a column
 * that scrolls. Below {@value #MIN_SIDE_EM} em the panels stop shrinking and the grid scrolls.
 *
 * <p>One panel can be maximised to the whole area (double-click its title, or its context menu;
 * {@link #restoreAll()} brings the others back). Panels report hovers and clicks as
 * {@link ProbeState.Probe}s, and the traced pixel is outlined on every panel of its map.
 *
 * <p>Why over 400 lines: the panels' life cycle (built per result shape, shown, maximised,
 * outlined) and their layout share one list of panels and one visibility rule; split apart, each
 * half would need the other's internals.
 */
final class PanelGrid extends Region {
    private static final List<PipelineStage> STAGES = List.of(PipelineStage.CONV, PipelineStage.ACTIVATION,
            PipelineStage.MAX_POOL, PipelineStage.AVERAGE_POOL);
    /** The smallest panel side before the grid scrolls: room for a title like "feature map". */
    static final double MIN_SIDE_EM = 5;
    private static final double GAP = 8;
    private static final double PADDING = 8;

    private final MapView input;
    private final ProbeState probes;
    private final BiFunction<MapView, String, ContextMenu> exportMenu;
    private final List<MapRow> rows = new ArrayList<>();
    private final Set<PipelineStage> shownStages = EnumSet.of(PipelineStage.CONV, PipelineStage.ACTIVATION);
    private final ObjectProperty<MapView> maximised = new SimpleObjectProperty<>(this, "maximised");
    private final Label em = new Label("M");
    private double availableWidth;
    private double availableHeight;
    private double surfaceSide = -1;

    /**
     * Lays out {@code input} and the map panels; panels report to {@code probes}, and
     * {@code exportMenu} makes the context menu of a panel from its export name.
     */
    PanelGrid(MapView input, ProbeState probes, BiFunction<MapView, String, ContextMenu> exportMenu) {
        this.input = input;
        this.probes = probes;
        this.exportMenu = exportMenu;
        getStyleClass().add("sandbox-panels");
        setPadding(new Insets(PADDING));
        em.setManaged(false);
        em.setVisible(false);
        getChildren().addAll(em, input);
        prepare(input, "input");
        watch(input, -1, 0, PipelineStage.INPUT, probes);
        useSurfaceSide(MIN_SIDE_EM * em.getFont().getSize());
        maximised.addListener((obs, o, n) -> {
            applyVisibility();
            requestLayout();
        });
    }

    /** The panel shown alone over the whole area, or {@code null} when all are shown. */
    ObjectProperty<MapView> maximisedProperty() {
        return maximised;
    }

    /** Shows every panel again after one was maximised. */
    void restoreAll() {
        maximised.set(null);
    }

    /** The size of the viewport the panels should fill. */
    void setAvailableSize(double width, double height) {
        if (width != availableWidth || height != availableHeight) {
            availableWidth = width;
            availableHeight = height;
            requestLayout();
        }
    }

    /** The panel of {@code stage} for map {@code map} of filter {@code filter}, if shown. */
    Optional<MapView> panel(int filter, int map, PipelineStage stage) {
        if (!shownStages.contains(stage)) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> r.filter == filter && r.map == map).findFirst().map(r -> r.views.get(stage));
    }

    /** Number of maps. */
    int rowCount() {
        return rows.size();
    }

    /** The filter and map of map {@code index}, as {@code {filter, map}}. */
    int[] rowAt(int index) {
        MapRow r = rows.get(index);
        return new int[] {r.filter, r.map};
    }

    /** Every panel on screen, the input first. */
    List<MapView> shownPanels() {
        List<MapView> all = new ArrayList<>();
        all.add(input);
        for (MapRow r : rows) {
            for (PipelineStage stage : STAGES) {
                if (shownStages.contains(stage)) {
                    all.add(r.views.get(stage));
                }
            }
        }
        return all;
    }

    /** Empties every map panel and removes them: there is no result to show. */
    void clear() {
        for (MapRow r : rows) {
            r.views.values().forEach(MapView::clear);
        }
        rows.clear();
        getChildren().setAll(em, input);
        if (maximised.get() != null && maximised.get() != input) {
            maximised.set(null);
        }
        requestLayout();
    }

    /** Shows every map of {@code result}, building the panels it needs first. */
    void show(PipelineResult result) {
        buildRows(result);
        PipelineSpec spec = result.spec();
        shownStages.clear();
        shownStages.addAll(List.of(PipelineStage.CONV, PipelineStage.ACTIVATION));
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
                showPooled(row.views.get(PipelineStage.MAX_POOL), map.maxPooled(), "max pool", spec, PipelineStage.MAX_POOL);
                showPooled(row.views.get(PipelineStage.AVERAGE_POOL), map.averagePooled(), "average pool", spec,
                        PipelineStage.AVERAGE_POOL);
            }
        }
        if (maximised.get() != null && maximised.get() != input && !shownPanels().contains(maximised.get())) {
            maximised.set(null);
        }
        applyVisibility();
        requestLayout();
    }

    /** Outlines {@code traced}'s pixels on the input and its map's panels and clears the others, touching only panels that change. */
    void showHighlights(ProbeState.Traced traced) {
        replaceIfChanged(input, traced == null ? List.of() : traced.trace().highlights(PipelineStage.INPUT));
        for (MapRow r : rows) {
            boolean isTraced = traced != null && traced.probe().filter() == r.filter && traced.probe().map() == r.map;
            for (Map.Entry<PipelineStage, MapView> e : r.views.entrySet()) {
                replaceIfChanged(e.getValue(), isTraced ? traced.trace().highlights(e.getKey()) : List.of());
            }
        }
    }

    private static void replaceIfChanged(MapView view, List<Highlight> wanted) {
        if (!view.highlights().equals(wanted)) {
            view.highlights().setAll(wanted);
        }
    }

    private void showPooled(MapView view, FloatPlanes pooled, String name, PipelineSpec spec, PipelineStage stage) {
        if (pooled == null) {
            view.clear();
            return;
        }
        shownStages.add(stage);
        view.show(pooled, 0);
        view.setTitle(name + " " + spec.poolSize() + "×" + spec.poolSize() + " /" + spec.poolStride());
    }

    private void applyVisibility() {
        MapView alone = maximised.get();
        input.setVisible(alone == null || alone == input);
        for (MapRow r : rows) {
            r.labelHolder.setVisible(alone == null);
            for (PipelineStage stage : STAGES) {
                MapView v = r.views.get(stage);
                v.setVisible(alone == null ? shownStages.contains(stage) : v == alone);
            }
        }
    }

    private void buildRows(PipelineResult result) {
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
        probes.hover(null);
        for (int[] fm : wanted) {
            int f = fm[0];
            int m = fm[1];
            Map<PipelineStage, MapView> views = new EnumMap<>(PipelineStage.class);
            for (PipelineStage stage : STAGES) {
                MapView view = new MapView(stage.label());
                String stageName = stage.name().toLowerCase(Locale.ROOT);
                view.setId("panel-" + f + "-" + m + "-" + stageName);
                watch(view, f, m, stage, probes);
                prepare(view, "filter" + (f + 1) + (m > 0 || result.spec().mode() == ColorMode.DEPTHWISE
                        ? "-" + SandboxTexts.channelName(m) : "") + "-" + stageName);
                views.put(stage, view);
            }
            Label label = new Label();
            label.getStyleClass().add("sandbox-row-label");
            label.setRotate(-90);
            Group holder = new Group(label);
            MapRow row = new MapRow(f, m, views, label, holder);
            rows.add(row);
            getChildren().add(holder);
            getChildren().addAll(views.values());
        }
        if (surfaceSide > 0) {
            panels().forEach(v -> v.setSurfaceSize(surfaceSide));
        }
    }

    private List<MapView> panels() {
        List<MapView> all = new ArrayList<>();
        all.add(input);
        rows.forEach(r -> all.addAll(r.views.values()));
        return all;
    }

    /** The panel's context menu (maximise, then the exports) and maximising by a double click on its title. */
    private void prepare(MapView view, String exportName) {
        ContextMenu menu = exportMenu.apply(view, exportName);
        MenuItem alone = new MenuItem("Maximise this panel (Esc shows all)");
        alone.setOnAction(e -> toggleMaximised(view));
        menu.setOnShowing(e -> alone.setText(maximised.get() == view ? "Show all panels (Esc)"
                : "Maximise this panel (Esc shows all)"));
        menu.getItems().add(0, alone);
        view.setContextMenu(menu);
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && onTitle(e, view)) {
                toggleMaximised(view);
                e.consume();
            }
        });
    }

    private void toggleMaximised(MapView view) {
        maximised.set(maximised.get() == view ? null : view);
    }

    private static boolean onTitle(MouseEvent e, MapView view) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != view; n = n.getParent()) {
            if (n.getStyleClass().contains("map-title")) {
                return true;
            }
        }
        return false;
    }

    /** Hovering {@code view} moves the probe, a click pins it. */
    private static void watch(MapView view, int filter, int map, PipelineStage stage, ProbeState probes) {
        view.hoveredPixelProperty().addListener((obs, o, n) -> probes.hover(n == null ? null
                : new ProbeState.Probe(filter, map, stage, n[0], n[1])));
        view.onPixelClickedProperty().set(p -> probes.pin(new ProbeState.Probe(filter, map, stage, p[0], p[1])));
    }

    // ---- layout -----------------------------------------------------------------------------

    @Override
    protected double computePrefWidth(double height) {
        return plan().width();
    }

    @Override
    protected double computePrefHeight(double width) {
        return plan().height();
    }

    @Override
    protected double computeMinWidth(double height) {
        return plan().width();
    }

    @Override
    protected double computeMinHeight(double width) {
        return plan().height();
    }

    @Override
    protected void layoutChildren() {
        MapView alone = maximised.get();
        if (alone != null) {
            double w = Math.max(availableWidth, 1) - 2 * PADDING;
            double h = Math.max(availableHeight, 1) - 2 * PADDING;
            useSurfaceSide(Math.max(1, Math.min(w, h - chrome(alone, w))));
            alone.resizeRelocate(PADDING, PADDING, w, h);
            return;
        }
        Plan plan = plan();
        useSurfaceSide(plan.side());
        double s = plan.side() * plan.aspect();
        double panelHeight = plan.side() + plan.chrome();
        double stripWidth = plan.labelWidth() + GAP + plan.stages() * (s + GAP);
        double left = PADDING + Math.max(0, (Math.max(availableWidth, plan.width()) - plan.width()) / 2);
        input.resizeRelocate(left, PADDING, s, panelHeight);
        double stripsLeft = left + s + GAP;
        for (int i = 0; i < rows.size(); i++) {
            MapRow row = rows.get(i);
            double x = stripsLeft + (i % plan.perRow()) * stripWidth;
            double y = PADDING + (i / plan.perRow()) * (panelHeight + GAP);
            double lw = row.labelHolder.prefWidth(-1);
            double lh = row.labelHolder.prefHeight(-1);
            row.labelHolder.resizeRelocate(x + (plan.labelWidth() - lw) / 2, y + (panelHeight - lh) / 2, lw, lh);
            x += plan.labelWidth() + GAP;
            for (PipelineStage stage : STAGES) {
                MapView v = row.views.get(stage);
                if (shownStages.contains(stage)) {
                    v.resizeRelocate(x, y, s, panelHeight);
                    x += s + GAP;
                }
            }
        }
    }

    private void useSurfaceSide(double side) {
        if (Math.abs(side - surfaceSide) > 0.5) {
            surfaceSide = side;
            panels().forEach(v -> v.setSurfaceSize(side));
        }
    }

    /** The largest panels of the input's shape that fit the available area, over every number of strips per row. */
    private Plan plan() {
        double emSize = em.getFont().getSize();
        double aspect = aspect();
        int stages = shownStages.size();
        double labelWidth = 0;
        for (MapRow r : rows) {
            labelWidth = Math.max(labelWidth, r.labelHolder.prefWidth(-1));
        }
        int maps = Math.max(1, rows.size());
        double minSide = MIN_SIDE_EM * emSize;
        Plan best = null;
        for (int perRow = 1; perRow <= maps; perRow++) {
            int rowCount = (maps + perRow - 1) / perRow;
            int columns = 1 + perRow * stages;
            double fixedWidth = 2 * PADDING + perRow * (labelWidth + GAP) + GAP * (columns - 1);
            double byWidth = (availableWidth - fixedWidth) / columns / aspect;
            double chrome = chrome(Math.max(byWidth, minSide) * aspect);
            double byHeight = (availableHeight - 2 * PADDING - GAP * (rowCount - 1)) / rowCount - chrome;
            double side = Math.max(minSide / Math.min(1, aspect), Math.min(byWidth, byHeight));
            double width = fixedWidth + columns * side * aspect;
            double height = 2 * PADDING + rowCount * (side + chrome) + GAP * (rowCount - 1);
            Plan plan = new Plan(perRow, stages, side, aspect, chrome, labelWidth, width, height);
            if (best == null || plan.side() > best.side() + 0.5
                    || Math.abs(plan.side() - best.side()) <= 0.5 && plan.overflow(availableWidth, availableHeight)
                            < best.overflow(availableWidth, availableHeight)) {
                best = plan;
            }
        }
        return best;
    }

    /**
     * Width over height of the panels' drawing area: the input's, so a landscape photo gets
     * landscape panels instead of square ones with bands above and below; kept between 1/2 and 2
     * so that the titles and labels keep room.
     */
    private double aspect() {
        if (!input.hasMap()) {
            return 1;
        }
        return Math.max(0.5, Math.min(2, (double) input.mapWidth() / input.mapHeight()));
    }

    /** Height of the panels' title, colour bar and labels at {@code width}: the tallest panel's. */
    private double chrome(double width) {
        double tallest = chrome(input, width);
        if (!rows.isEmpty()) {
            for (PipelineStage stage : STAGES) {
                if (shownStages.contains(stage)) {
                    tallest = Math.max(tallest, chrome(rows.get(0).views.get(stage), width));
                }
            }
        }
        return tallest;
    }

    private double chrome(MapView view, double width) {
        return Math.max(0, view.prefHeight(width) - Math.max(surfaceSide, 0));
    }

    /** One way to lay out the panels: strips per row, the drawing area's height and shape, and the size it needs. */
    private record Plan(int perRow, int stages, double side, double aspect, double chrome, double labelWidth, double width,
            double height) {
        double overflow(double availableWidth, double availableHeight) {
            return Math.max(0, width - availableWidth) + Math.max(0, height - availableHeight);
        }
    }

    private record MapRow(int filter, int map, Map<PipelineStage, MapView> views, Label label, Group labelHolder) {
    }
}
