package org.cnnlab.ui.controls;

import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.ui.controls.map.CellLabel;
import org.cnnlab.ui.controls.map.HeatmapRenderer;
import org.cnnlab.ui.controls.map.NearestNeighbour;
import org.cnnlab.ui.controls.map.PixelRect;
import org.cnnlab.ui.controls.map.SampledRegion;
import org.cnnlab.ui.controls.map.ValueLabels;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * Draws a {@link MapView}: title, the zoomable map, the colour bar with the real range, and a line
 * of information (size, the hovered value, how much a clamp cuts off). The map is drawn at the
 * screen's own resolution by nearest neighbour ({@link NearestNeighbour}) and put on the canvas
 * one to one, so zoomed pixels are hard squares on every rendering pipeline; values are written
 * on top once pixels are large enough ({@link ValueLabels}).
 *
 * <p>Only what the panel can show is colour-mapped: the visible region, one sample per screen
 * pixel when zoomed out, so a repaint costs about the panel's size even for a 1080p map. The
 * colours go through two buffers shared by all map views (FX thread only); each view keeps only
 * its screen image, which only grows, and repaints it only when the map, the zoom or the size
 * changed (hovering redraws the outlines over it).
 */
final class MapViewSkin extends SkinBase<MapView> {
    private static final String DEFAULT_SURFACE_STYLE = "-fx-pref-width: 16em; -fx-pref-height: 16em; -fx-min-width: 6em; -fx-min-height: 6em;";
    private static int[] regionScratch = new int[0];
    private static int[] screenScratch = new int[0];

    private final Label title = new Label();
    private final Surface surface = new Surface();
    private final ColorBar colorBar = new ColorBar();
    private final Label minLabel = new Label();
    private final Label maxLabel = new Label();
    private final Tooltip minTooltip = new Tooltip();
    private final Tooltip maxTooltip = new Tooltip();
    private final Label infoLabel = new Label();
    private final CheckBox clampBox = new CheckBox("0–255");
    private WritableImage screenImage;
    private HeatmapRenderer paintedRenderer;
    private Viewport paintedViewport;
    private int paintedWidth;
    private int paintedHeight;
    private List<CellLabel> cellLabels = List.of();
    private double dragX;
    private double dragY;
    private boolean dragged;

    MapViewSkin(MapView view) {
        super(view);
        title.textProperty().bind(view.titleProperty());
        title.getStyleClass().add("map-title");
        title.setMaxWidth(Double.MAX_VALUE);

        minLabel.getStyleClass().add("map-range");
        minLabel.setTooltip(minTooltip);
        maxLabel.getStyleClass().add("map-range");
        maxLabel.setTooltip(maxTooltip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox rangeRow = new HBox(minLabel, spacer, maxLabel);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        colorBar.setStyle("-fx-pref-height: 0.8em; -fx-min-height: 0.8em;");

        clampBox.getStyleClass().add("map-clamp");
        clampBox.selectedProperty().bindBidirectional(view.clampProperty());
        clampBox.visibleProperty().bind(view.imageModeProperty().not());
        clampBox.managedProperty().bind(clampBox.visibleProperty());
        clampBox.setTooltip(new Tooltip("Clamp to 0–255 like an image editor: image editors store 0–255, so negative "
                + "responses become black and large ones white. Untick to see the real values."));

        infoLabel.getStyleClass().add("map-info");
        infoLabel.setMaxWidth(Double.MAX_VALUE);
        for (Region r : new Region[] {title, infoLabel, rangeRow, clampBox, minLabel, maxLabel}) {
            r.setMinWidth(0);
        }
        title.setPrefWidth(1);
        infoLabel.setPrefWidth(1);
        rangeRow.setPrefWidth(1);
        clampBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(infoLabel, Priority.ALWAYS);
        HBox footer = new HBox(6, infoLabel, clampBox);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPrefWidth(1);
        footer.setMinWidth(0);

        Tooltip.install(surface, new Tooltip("Scroll to zoom, drag or shift-scroll to pan, double-click to fit; click a pixel to pin its math"));
        VBox.setVgrow(surface, Priority.ALWAYS);
        VBox box = new VBox(2, title, surface, colorBar, rangeRow, footer);
        getChildren().add(box);

        applySurfaceSize();
        registerChangeListener(view.surfaceSizeProperty(), o -> applySurfaceSize());
        registerChangeListener(view.rendererProperty(), o -> showRange());
        registerChangeListener(view.hoveredPixelProperty(), o -> {
            updateInfo();
            surface.draw();
        });
        registerChangeListener(title.fontProperty(), o -> surface.reportSize());
        for (Observable repaint : new Observable[] {view.viewportProperty(), view.linkedPixelProperty(), view.valuesShownProperty(),
                view.mapBackgroundProperty(), view.gridLineProperty(), view.valueTextProperty(), view.valueTextOnDarkProperty(),
                view.highlightProperty(), view.windowHighlightProperty(), view.winnerHighlightProperty()}) {
            registerInvalidationListener(repaint, o -> surface.draw());
        }
        registerListChangeListener(view.highlights(), c -> surface.draw());
        showRange();
    }

    /** The image the map was last drawn into (screen-sized). */
    WritableImage displayImage() {
        return screenImage;
    }

    /** The numbers written into the pixels at the last repaint. */
    List<CellLabel> cellLabels() {
        return cellLabels;
    }

    private void applySurfaceSize() {
        MapView.SurfaceSize size = getSkinnable().surfaceSizeProperty().get();
        if (size == null) {
            surface.setStyle(DEFAULT_SURFACE_STYLE);
        } else if (size.inEm()) {
            surface.setStyle("-fx-pref-width: " + size.value() + "em; -fx-pref-height: " + size.value()
                    + "em; -fx-min-width: 4em; -fx-min-height: 4em;");
        } else {
            surface.setStyle("-fx-min-width: 4em; -fx-min-height: 4em;");
            surface.setPrefSize(size.value(), size.value());
        }
    }

    /** The colour bar, its end labels and the information line, after the map or its colours changed. */
    private void showRange() {
        MapView view = getSkinnable();
        HeatmapRenderer renderer = view.rendererProperty().get();
        MapStats stats = view.stats();
        if (renderer == null || stats == null) {
            colorBar.clear();
            minLabel.setText("");
            maxLabel.setText("");
            updateInfo();
            surface.draw();
            return;
        }
        if (view.channel() == -1) {
            colorBar.clear();
        } else {
            colorBar.show(renderer::barColor);
        }
        minLabel.setText(NumberText.compact(renderer.barLow()));
        maxLabel.setText(NumberText.compact(renderer.barHigh()));
        minTooltip.setText("smallest value " + NumberText.format(stats.min(), 4));
        maxTooltip.setText("largest value " + NumberText.format(stats.max(), 4));
        if (view.imageModeProperty().get()) {
            minLabel.setText(NumberText.compact(renderer.barLow()) + " = black");
            maxLabel.setText(NumberText.compact(renderer.barHigh()) + " = white");
        }
        updateInfo();
        surface.draw();
    }

    private void updateInfo() {
        MapView view = getSkinnable();
        FloatPlanes planes = view.map();
        if (planes == null) {
            infoLabel.setText("");
            return;
        }
        MapStats stats = view.stats();
        int[] p = view.hoveredPixelProperty().get();
        StringBuilder sb = new StringBuilder(planes.height() + "×" + planes.width());
        if (view.imageModeProperty().get() && p == null) {
            sb.append("   values ").append(NumberText.format(stats.min(), 2)).append(" … ")
                    .append(NumberText.format(stats.max(), 2));
        }
        if (p != null) {
            sb.append("   (").append(p[0]).append(", ").append(p[1]).append(") = ");
            if (view.channel() == -1) {
                sb.append("R ").append(NumberText.format(planes.get(0, p[0], p[1]), 2))
                        .append(" G ").append(NumberText.format(planes.get(1, p[0], p[1]), 2))
                        .append(" B ").append(NumberText.format(planes.get(2, p[0], p[1]), 2));
            } else {
                sb.append(NumberText.format(planes.get(view.channel(), p[0], p[1]), 3));
            }
        } else if (view.shownAsImage() && !view.imageModeProperty().get() && view.clippedLow() + view.clippedHigh() > 0) {
            sb.append("   clipped: ").append(percent(view.clippedLow())).append(" below 0 (black), ")
                    .append(percent(view.clippedHigh())).append(" above 255 (white)");
        }
        infoLabel.setText(sb.toString());
    }

    private static String percent(double share) {
        return NumberText.format(100 * share, 1) + "%";
    }

    /** The lines written into pixel {@code (row, column)}: its value, or R, G and B of a colour pixel. */
    private List<String> linesAt(int row, int column) {
        MapView view = getSkinnable();
        FloatPlanes planes = view.map();
        if (view.channel() >= 0) {
            return List.of(NumberText.format(planes.get(view.channel(), row, column), 2));
        }
        float r = planes.get(0, row, column);
        float g = planes.get(1, row, column);
        float b = planes.get(2, row, column);
        return r == g && g == b ? List.of(NumberText.format(r, 2))
                : List.of(NumberText.format(r, 2), NumberText.format(g, 2), NumberText.format(b, 2));
    }

    /** The drawing surface: a canvas that follows its region's size, and the mouse. */
    private final class Surface extends Pane {
        private final Canvas canvas = new Canvas();

        Surface() {
            getStyleClass().add("map-surface");
            getChildren().add(canvas);
            setOnScroll(this::onScroll);
            setOnMousePressed(this::onPress);
            setOnMouseDragged(this::onDrag);
            setOnMouseMoved(this::onMove);
            setOnMouseExited(e -> getSkinnable().hover(null));
            setOnMouseClicked(this::onClick);
            setOnContextMenuRequested(e -> {
                ContextMenu menu = getSkinnable().getContextMenu();
                if (menu != null && !menu.isShowing()) {
                    menu.show(this, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
        }

        @Override
        protected void layoutChildren() {
            if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
                reportSize();
            }
        }

        void reportSize() {
            getSkinnable().surfaceChanged(canvas.getWidth(), canvas.getHeight(), title.getFont().getSize());
            draw();
        }

        private void onPress(MouseEvent e) {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
            ContextMenu menu = getSkinnable().getContextMenu();
            if (menu != null && e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            } else if (menu != null && e.getButton() == MouseButton.PRIMARY) {
                menu.hide();
            }
        }

        private void onDrag(MouseEvent e) {
            if (Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 2 || dragged) {
                dragged = true;
                getSkinnable().panBy(e.getX() - dragX, e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
            }
        }

        private void onScroll(ScrollEvent e) {
            MapView view = getSkinnable();
            if (!view.hasMap()) {
                return;
            }
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                view.panBy(e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX(), e.isShiftDown() ? 0 : e.getDeltaY());
                e.consume();
                return;
            }
            if (e.getDeltaY() != 0) {
                view.zoomAbout(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.25 : 0.8);
                e.consume();
            }
        }

        private int[] pixelAt(double x, double y) {
            MapView view = getSkinnable();
            return view.hasMap() ? view.viewport().pixelAt(x, y, view.mapWidth(), view.mapHeight()) : null;
        }

        private void onMove(MouseEvent e) {
            int[] p = pixelAt(e.getX(), e.getY());
            int[] old = getSkinnable().hoveredPixelProperty().get();
            if (p == null ? old != null : old == null || old[0] != p[0] || old[1] != p[1]) {
                getSkinnable().hover(p);
            }
        }

        private void onClick(MouseEvent e) {
            MapView view = getSkinnable();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                view.fit();
                return;
            }
            if (e.getButton() == MouseButton.PRIMARY && !dragged && view.onPixelClickedProperty().get() != null) {
                int[] p = pixelAt(e.getX(), e.getY());
                if (p != null) {
                    view.onPixelClickedProperty().get().accept(p);
                }
            }
        }

        void draw() {
            MapView view = getSkinnable();
            GraphicsContext g = canvas.getGraphicsContext2D();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            g.setFill(view.mapBackgroundProperty().get());
            g.fillRect(0, 0, w, h);
            HeatmapRenderer renderer = view.rendererProperty().get();
            cellLabels = List.of();
            if (renderer == null || !view.hasMap() || w < 1 || h < 1) {
                return;
            }
            Viewport viewport = view.viewport();
            paintMap(g, renderer, viewport, w, h);
            PixelRect visible = viewport.visiblePixels(view.mapWidth(), view.mapHeight(), w, h);
            if (view.showsValues() && !visible.isEmpty()) {
                drawGrid(g, viewport, visible);
                cellLabels = ValueLabels.layout(viewport, visible, view.valueThreshold(), renderer::colorOf, MapViewSkin.this::linesAt);
                drawValues(g, cellLabels, viewport.scale());
            }
            for (Highlight hl : view.highlights()) {
                drawHighlight(g, viewport, hl);
            }
            int[] linked = view.linkedPixelProperty().get();
            double scale = viewport.scale();
            if (linked != null) {
                g.setStroke(view.highlightProperty().get());
                g.setLineWidth(2);
                g.strokeRect(viewport.screenX(linked[1]) - 1, viewport.screenY(linked[0]) - 1, scale + 2, scale + 2);
            }
            int[] p = view.hoveredPixelProperty().get();
            if (p != null) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2);
                g.strokeRect(viewport.screenX(p[1]) - 1, viewport.screenY(p[0]) - 1, scale + 2, scale + 2);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                g.strokeRect(viewport.screenX(p[1]), viewport.screenY(p[0]), scale, scale);
            }
        }

        /**
         * Puts the visible part of the map on the canvas, one image pixel per device pixel (the
         * screen image is made at the window's render scale), repainting the screen image only
         * when the map, the zoom or the size changed.
         */
        private void paintMap(GraphicsContext g, HeatmapRenderer renderer, Viewport viewport, double w, double h) {
            Window window = getScene() == null ? null : getScene().getWindow();
            double device = window == null ? 1 : window.getRenderScaleX();
            int sw = (int) Math.ceil(w * device);
            int sh = (int) Math.ceil(h * device);
            Viewport onDevice = new Viewport(viewport.scale() * device, viewport.originX() * device, viewport.originY() * device);
            if (renderer != paintedRenderer || !onDevice.equals(paintedViewport) || sw != paintedWidth || sh != paintedHeight) {
                MapView view = getSkinnable();
                PixelRect visible = onDevice.visiblePixels(view.mapWidth(), view.mapHeight(), sw, sh);
                if (visible.isEmpty()) {
                    return;
                }
                int step = Math.max(1, (int) Math.floor(1 / onDevice.scale()));
                int samples = ((visible.width() + step - 1) / step) * ((visible.height() + step - 1) / step);
                if (regionScratch.length < samples) {
                    regionScratch = new int[samples];
                }
                if (screenScratch.length < sw * sh) {
                    screenScratch = new int[sw * sh];
                }
                SampledRegion region = new SampledRegion(visible, step, regionScratch);
                renderer.render(region);
                NearestNeighbour.resample(region, onDevice, sw, sh, screenScratch, 0);
                if (screenImage == null || screenImage.getWidth() < sw || screenImage.getHeight() < sh) {
                    screenImage = new WritableImage(Math.max(sw, screenImage == null ? 0 : (int) screenImage.getWidth()),
                            Math.max(sh, screenImage == null ? 0 : (int) screenImage.getHeight()));
                }
                screenImage.getPixelWriter().setPixels(0, 0, sw, sh, PixelFormat.getIntArgbInstance(), screenScratch, 0, sw);
                paintedRenderer = renderer;
                paintedViewport = onDevice;
                paintedWidth = sw;
                paintedHeight = sh;
            }
            g.drawImage(screenImage, 0, 0, sw, sh, 0, 0, sw / device, sh / device);
        }

        private void drawGrid(GraphicsContext g, Viewport viewport, PixelRect visible) {
            g.setStroke(getSkinnable().gridLineProperty().get());
            g.setLineWidth(1);
            double top = viewport.screenY(visible.top());
            double bottom = viewport.screenY(visible.bottom());
            double left = viewport.screenX(visible.left());
            double right = viewport.screenX(visible.right());
            for (int column = visible.left() + 1; column < visible.right(); column++) {
                double x = Math.floor(viewport.screenX(column)) + 0.5;
                g.strokeLine(x, top, x, bottom);
            }
            for (int row = visible.top() + 1; row < visible.bottom(); row++) {
                double y = Math.floor(viewport.screenY(row)) + 0.5;
                g.strokeLine(left, y, right, y);
            }
        }

        private void drawValues(GraphicsContext g, List<CellLabel> labels, double scale) {
            MapView view = getSkinnable();
            double em = title.getFont().getSize();
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            Font oneLine = Font.font(Math.min(em, scale * 0.34));
            Font threeLines = Font.font(Math.min(em, scale * 0.24));
            for (CellLabel label : labels) {
                g.setFill(label.onDarkCell() ? view.valueTextOnDarkProperty().get() : view.valueTextProperty().get());
                List<String> lines = label.lines();
                Font font = lines.size() == 1 ? oneLine : threeLines;
                g.setFont(font);
                double lineHeight = font.getSize() * 1.15;
                double y = label.centreY() - lineHeight * (lines.size() - 1) / 2;
                for (String line : lines) {
                    g.fillText(line, label.centreX(), y, scale * 0.92);
                    y += lineHeight;
                }
            }
        }

        private void drawHighlight(GraphicsContext g, Viewport viewport, Highlight hl) {
            MapView view = getSkinnable();
            double x = viewport.screenX(hl.left());
            double y = viewport.screenY(hl.top());
            double hw = (hl.right() - hl.left() + 1) * viewport.scale();
            double hh = (hl.bottom() - hl.top() + 1) * viewport.scale();
            switch (hl.kind()) {
                case WINDOW -> {
                    Color window = view.windowHighlightProperty().get();
                    g.setFill(Color.color(window.getRed(), window.getGreen(), window.getBlue(), 0.18));
                    g.fillRect(x, y, hw, hh);
                    g.setStroke(window);
                    g.setLineWidth(2);
                    g.setLineDashes();
                }
                case PIXEL -> {
                    g.setStroke(view.highlightProperty().get());
                    g.setLineWidth(2);
                    g.setLineDashes();
                }
                case WINNER -> {
                    g.setStroke(view.winnerHighlightProperty().get());
                    g.setLineWidth(3);
                    g.setLineDashes(4, 3);
                }
            }
            double pad = Math.max(hw, hh) < 4 ? 2 : 0;
            g.strokeRect(x - pad, y - pad, hw + 2 * pad, hh + 2 * pad);
            g.setLineDashes();
        }
    }
}
