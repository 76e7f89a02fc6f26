package org.cnnlab.ui.controls;

import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.ui.controls.map.CellLabel;
import org.cnnlab.ui.controls.map.HeatmapRenderer;

/**
 * The look of a {@link MapView}: title, the zoomable map (painted by a {@link MapPainter}), the
 * colour bar with the real range, and a line of information (size, the hovered value, how much a
 * clamp cuts off); and its feel: scroll zooms about the cursor, dragging pans, a double click fits,
 * a click picks a pixel, a right click opens the view's context menu.
 */
final class MapViewSkin extends SkinBase<MapView> {
    private static final String DEFAULT_SURFACE_STYLE = "-fx-pref-width: 16em; -fx-pref-height: 16em; -fx-min-width: 6em; -fx-min-height: 6em;";

    private final Label title = new Label();
    private final Surface surface = new Surface();
    private final ColorBar colorBar = new ColorBar();
    private final Label minLabel = new Label();
    private final Label maxLabel = new Label();
    private final Tooltip minTooltip = new Tooltip();
    private final Tooltip maxTooltip = new Tooltip();
    private final Label infoLabel = new Label();
    private final Tooltip infoTooltip = new Tooltip();
    private final CheckBox clampBox = new CheckBox("0–255");
    private final MapPainter painter = new MapPainter();
    private final VBox box;
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
        infoLabel.setTooltip(infoTooltip);
        infoLabel.setMaxWidth(Double.MAX_VALUE);
        for (Region r : new Region[] {title, infoLabel, rangeRow, clampBox, minLabel, maxLabel}) {
            r.setMinWidth(0);
        }
        // A panel can be narrow on a projector: its texts wrap onto more lines rather than end in "…".
        for (Label label : new Label[] {minLabel, maxLabel}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
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
        box = new VBox(2, title, surface, colorBar, rangeRow, footer);
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

    // SkinBase asks its children for their heights at width -1; the title and footer wrap, so the
    // panel's height depends on the width it gets (a grid of panels sizes them by it).
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + box.prefHeight(width < 0 ? -1 : Math.max(0, width - left - right)) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + box.minHeight(width < 0 ? -1 : Math.max(0, width - left - right)) + bottom;
    }

    /** The image the map was last drawn into (screen-sized). */
    WritableImage displayImage() {
        return painter.screenImage();
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
        // The size alone fits the narrowest panel on a projector; the value range is one hover away.
        infoTooltip.setText(planes.height() + "×" + planes.width() + ", values " + NumberText.format(stats.min(), 2)
                + " … " + NumberText.format(stats.max(), 2));
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
            Window window = getScene() == null ? null : getScene().getWindow();
            cellLabels = painter.paint(canvas.getGraphicsContext2D(), getSkinnable(), canvas.getWidth(), canvas.getHeight(),
                    window == null ? 1 : window.getRenderScaleX(), title.getFont().getSize());
        }
    }
}
