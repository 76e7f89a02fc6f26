package org.cnnlab.ui.controls;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
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
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.ColorMap;

/**
 * One plane of a feature map (or an RGB image) drawn as a heatmap, with a colour bar of its real
 * minimum and maximum. Signed maps use a diverging map centred on zero, non-negative maps viridis
 * ({@link ColorMap#forRange}); "clamp to 0–255" shows the map as an image editor would, gray and
 * cut at 0 and 255, which is why editors show edge maps half black.
 *
 * <p>Scroll zooms around the cursor down to single pixels (values are written inside once they fit),
 * dragging, shift-scroll and sideways scroll pan, a double click fits the map again. The hovered pixel is published in this map's
 * own coordinates ({@link #hoveredPixelProperty()}); whoever relates several maps (the sandbox)
 * turns it into {@link #highlights()} on the others, so every panel outlines its corresponding pixels.
 *
 * <p>Only what the panel can show is colour-mapped: the visible region, one sample per screen
 * pixel when zoomed out, so a repaint costs about the panel's size even for a 1080p map. The
 * colours are computed in one {@code int[]} shared by all map views and kept in a reused
 * {@link WritableImage} per view, which only grows.
 */
public final class MapView extends VBox {
    private static final double MAX_PIXEL_EM = 10;
    private static final int BAR_STEPS = 256;

    private final Label title = new Label();
    private final MapCanvas surface = new MapCanvas();
    private final Canvas colorBar = new Canvas(10, 10);
    private final int[] barPixels = new int[BAR_STEPS * 2];
    private final WritableImage barImage = new WritableImage(BAR_STEPS, 2);
    private final Label minLabel = new Label();
    private final Label maxLabel = new Label();
    private final Label infoLabel = new Label();
    private final CheckBox clampBox = new CheckBox("0–255");
    private final BooleanProperty clamp = new SimpleBooleanProperty(this, "clamp", false);
    private final ReadOnlyObjectWrapper<int[]> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredPixel");
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ObjectProperty<int[]> linkedPixel = new SimpleObjectProperty<>(this, "linkedPixel");
    private final ObjectProperty<Consumer<int[]>> onPixelClicked = new SimpleObjectProperty<>(this, "onPixelClicked");

    private FloatPlanes planes;
    private int channel;
    private MapStats stats;
    private MapStats givenStats;
    private ColorMap colorMap = ColorMap.VIRIDIS;
    /** Colour scratch buffer shared by every map view (FX thread only): each view keeps only its image. */
    private static int[] scratch = new int[0];
    private WritableImage image;
    private final Tooltip minTooltip = new Tooltip();
    private final Tooltip maxTooltip = new Tooltip();
    /** One row of decimated samples, reused between repaints. */
    private float[] rowSamples = new float[0];
    private boolean dirty = true;
    private int renderedX0;
    private int renderedY0;
    private int renderedStep;
    private int renderedWidth;
    private int renderedHeight;
    private double clippedLow;
    private double clippedHigh;

    private double scale = 1;
    private double originX;
    private double originY;
    private boolean fitted = true;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private boolean imageMode;

    public MapView() {
        this("");
    }

    public MapView(String titleText) {
        getStyleClass().add("map-view");
        getStylesheets().add(MapView.class.getResource("/org/cnnlab/ui/controls.css").toExternalForm());
        setSpacing(2);
        title.setText(titleText);
        title.getStyleClass().add("map-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.fontProperty().addListener((obs, o, n) -> surface.draw());

        minLabel.getStyleClass().add("map-range");
        minLabel.setTooltip(minTooltip);
        maxLabel.setTooltip(maxTooltip);
        maxLabel.getStyleClass().add("map-range");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox rangeRow = new HBox(minLabel, spacer, maxLabel);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        Pane barHolder = new Pane(colorBar) {
            @Override
            protected void layoutChildren() {
                colorBar.setWidth(Math.max(1, getWidth()));
                colorBar.setHeight(Math.max(1, getHeight()));
                drawColorBar();
            }
        };
        barHolder.getStyleClass().add("map-colorbar");
        barHolder.setStyle("-fx-pref-height: 0.8em; -fx-min-height: 0.8em;");

        clampBox.getStyleClass().add("map-clamp");
        clampBox.selectedProperty().bindBidirectional(clamp);
        clampBox.setTooltip(new Tooltip("Clamp to 0–255 like an image editor: image editors store 0–255, so negative "
                + "responses become black and large ones white. Untick to see the real values."));
        clamp.addListener((obs, o, n) -> refresh());

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
        getChildren().addAll(title, surface, barHolder, rangeRow, footer);
        highlights.addListener((ListChangeListener<Highlight>) c -> surface.draw());
        linkedPixel.addListener((obs, o, n) -> surface.draw());
        hovered.addListener((obs, o, n) -> updateInfo());
    }

    public StringProperty titleProperty() {
        return title.textProperty();
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public BooleanProperty clampProperty() {
        return clamp;
    }

    /**
     * Image mode draws the map as a photo editor would: one channel in gray from 0 (black) to 255
     * (white), three channels in colour; the clamp option is hidden. For the input panel.
     */
    public void setImageMode(boolean image) {
        imageMode = image;
        clampBox.setVisible(!image);
        clampBox.setManaged(!image);
        refresh();
    }

    /** The menu shown on a right click of the map (export actions). */
    public void setContextMenu(ContextMenu menu) {
        surface.setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(surface, e.getScreenX(), e.getScreenY());
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(surface, e.getScreenX(), e.getScreenY());
            } else if (e.getButton() == MouseButton.PRIMARY) {
                menu.hide();
            }
        });
    }

    /** Side of the drawing area in pixels (the sandbox fits its panels to the window). */
    public void setSurfaceSize(double pixels) {
        surface.setStyle("-fx-min-width: 4em; -fx-min-height: 4em;");
        surface.setPrefSize(pixels, pixels);
        setPrefWidth(pixels);
    }

    /** Side of the drawing area in em (of the current font), so panels grow with the projector font. */
    public void setSurfaceSizeEm(double em) {
        surface.setStyle("-fx-pref-width: " + em + "em; -fx-pref-height: " + em + "em; -fx-min-width: 4em; -fx-min-height: 4em;");
    }

    /** The pixel under the mouse as {@code {row, column}} in this map's coordinates, or {@code null}. */
    public ReadOnlyObjectProperty<int[]> hoveredPixelProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** A pixel {@code {row, column}} to mark as "the same place" as the pointer elsewhere, or {@code null}. */
    public ObjectProperty<int[]> linkedPixelProperty() {
        return linkedPixel;
    }

    /**
     * Links maps of one shape (e.g. the R, G and B planes of an image): the pixel under the mouse
     * in any of them is marked in all the others. Maps of different shapes need a mapping
     * between coordinates instead (the sandbox uses {@link #highlights()} for that).
     */
    public static void syncCursors(MapView... views) {
        for (MapView source : views) {
            source.hoveredPixelProperty().addListener((obs, o, n) -> {
                for (MapView target : views) {
                    if (target != source) {
                        target.linkedPixelProperty().set(n);
                    }
                }
            });
        }
    }

    /** Rectangles to outline, in this map's coordinates. */
    public ObservableList<Highlight> highlights() {
        return highlights;
    }

    /** Called with {@code {row, column}} when the user clicks a pixel (without dragging). */
    public ObjectProperty<Consumer<int[]>> onPixelClickedProperty() {
        return onPixelClicked;
    }

    /**
     * Shows plane {@code channel} of {@code map}; {@code channel = -1} shows a three-channel map as
     * a colour image (values 0–255). The view keeps a reference and reads it while painting: pass
     * a new map or {@link #clear()} before the map's buffer is reused.
     */
    public void show(FloatPlanes map, int channel) {
        show(map, channel, null);
    }

    /**
     * As {@link #show(FloatPlanes, int)}, with the plane's statistics already known (the pipeline
     * computes them off the FX thread), which saves a pass over a large map.
     */
    public void show(FloatPlanes map, int channel, MapStats knownStats) {
        if (channel < -1 || channel >= map.channels() || channel == -1 && map.channels() != 3) {
            throw new IllegalArgumentException("cannot show channel " + channel + " of a " + map.shapeText() + " map");
        }
        boolean shapeChanged = planes == null || planes.height() != map.height() || planes.width() != map.width();
        this.planes = map;
        this.channel = channel;
        if (shapeChanged) {
            fitted = true;
        }
        givenStats = knownStats;
        refresh();
    }

    /** Forgets the map: the panel shows nothing. */
    public void clear() {
        planes = null;
        stats = null;
        dirty = true;
        hovered.set(null);
        highlights.clear();
        drawColorBar();
        minLabel.setText("");
        maxLabel.setText("");
        infoLabel.setText("");
        surface.draw();
    }

    public boolean hasMap() {
        return planes != null;
    }

    public FloatPlanes map() {
        return planes;
    }

    public int channel() {
        return channel;
    }

    /** Statistics of the shown plane, or {@code null} when empty. */
    public MapStats stats() {
        return stats;
    }

    public int mapHeight() {
        return planes == null ? 0 : planes.height();
    }

    public int mapWidth() {
        return planes == null ? 0 : planes.width();
    }

    /** The value at {@code (row, column)} of the shown plane (the red value for a colour image). */
    public float valueAt(int row, int column) {
        return planes.get(Math.max(channel, 0), row, column);
    }

    /** The colour of every map pixel as shown (one image pixel per map pixel), for PNG export. */
    public ArgbImage renderedImage() {
        if (planes == null) {
            throw new IllegalStateException("this panel shows no map yet");
        }
        int[] pixels = new int[planes.planeSize()];
        for (int y = 0; y < planes.height(); y++) {
            for (int x = 0; x < planes.width(); x++) {
                pixels[y * planes.width() + x] = colorOf(y, x);
            }
        }
        return new ArgbImage(planes.width(), planes.height(), pixels);
    }

    /** The reused display image (package-private: tests check it survives same-shaped maps). */
    WritableImage displayImage() {
        return image;
    }

    /** Pixels per map pixel on screen. */
    public double zoom() {
        return scale;
    }

    /** Zooms so that one map pixel covers {@code pixelsPerPixel} screen pixels, centred on map pixel {@code (row, column)}. */
    public void zoomTo(double pixelsPerPixel, int row, int column) {
        fitted = false;
        scale = Math.max(minScale(), Math.min(maxScale(), pixelsPerPixel));
        originX = surface.getWidth() / 2 - (column + 0.5) * scale;
        originY = surface.getHeight() / 2 - (row + 0.5) * scale;
        surface.draw();
    }

    /** Fits the whole map into the panel again. */
    public void fit() {
        fitted = true;
        surface.draw();
    }

    /** Whether the map is zoomed far enough that values are written inside the pixels. */
    public boolean showsValues() {
        return planes != null && channel >= 0 && scale >= valueThreshold();
    }

    private double em() {
        return title.getFont().getSize();
    }

    private double valueThreshold() {
        return 2.6 * em();
    }

    private double minScale() {
        return planes == null ? 1 : Math.min(1, fitScale());
    }

    private double maxScale() {
        return MAX_PIXEL_EM * em();
    }

    private double fitScale() {
        if (planes == null || surface.getWidth() <= 0) {
            return 1;
        }
        return Math.min(surface.getWidth() / planes.width(), surface.getHeight() / planes.height());
    }

    private void refresh() {
        if (planes == null) {
            return;
        }
        if (channel == -1) {
            stats = MapStats.ofAll(planes);
        } else {
            stats = givenStats != null ? givenStats : MapStats.of(planes, channel);
            colorMap = clampActive() ? ColorMap.GRAY : ColorMap.forRange(stats.min(), stats.max());
            if (clampActive()) {
                countClipped();
            }
        }
        dirty = true;
        minLabel.setText(clampActive() ? "0" : NumberText.compact(stats.min()));
        maxLabel.setText(clampActive() ? "255" : NumberText.compact(stats.max()));
        minTooltip.setText("smallest value " + NumberText.format(stats.min(), 4));
        maxTooltip.setText("largest value " + NumberText.format(stats.max(), 4));
        if (imageMode) {
            minLabel.setText("0 = black");
            maxLabel.setText("255 = white");
        }
        drawColorBar();
        updateInfo();
        surface.draw();
    }

    private boolean clampActive() {
        return (clamp.get() || imageMode) && channel >= 0;
    }

    private void countClipped() {
        float[] data = planes.data();
        int offset = planes.planeOffset(channel);
        int size = planes.planeSize();
        int low = 0;
        int high = 0;
        for (int i = offset; i < offset + size; i++) {
            float v = data[i];
            if (v < 0) {
                low++;
            } else if (v > 255) {
                high++;
            }
        }
        clippedLow = (double) low / size;
        clippedHigh = (double) high / size;
    }

    /** The colour map pixel {@code (row, column)} is shown in. */
    private int colorOf(int row, int column) {
        if (channel == -1) {
            return 0xff000000 | clampByte(planes.get(0, row, column)) << 16 | clampByte(planes.get(1, row, column)) << 8
                    | clampByte(planes.get(2, row, column));
        }
        float v = planes.get(channel, row, column);
        if (clampActive()) {
            int g = clampByte(v);
            return 0xff000000 | g << 16 | g << 8 | g;
        }
        return colorMap.colorAt(colorMap.position(v, stats.min(), stats.max()));
    }

    /**
     * Makes the display image hold the map region from {@code (y0, x0)}, every {@code step}-th
     * pixel, {@code w x h} samples: what the panel can show at the current zoom, so the cost of
     * an update follows the panel's size, not the map's. The image only grows.
     */
    private void ensureRendered(int x0, int y0, int step, int w, int h) {
        if (!dirty && image != null && x0 == renderedX0 && y0 == renderedY0 && step == renderedStep && w == renderedWidth
                && h == renderedHeight) {
            return;
        }
        if (image == null || image.getWidth() < w + 1 || image.getHeight() < h + 1) {
            int cw = Math.max(w + 1, image == null ? 0 : (int) image.getWidth());
            int ch = Math.max(h + 1, image == null ? 0 : (int) image.getHeight());
            image = new WritableImage(cw, ch);
        }
        if (scratch.length < w * h) {
            scratch = new int[w * h];
        }
        int[] argb = scratch;
        if (channel == -1 || clampActive()) {
            for (int i = 0; i < h; i++) {
                int row = y0 + i * step;
                for (int j = 0; j < w; j++) {
                    argb[i * w + j] = colorOf(row, x0 + j * step);
                }
            }
        } else {
            renderRows(x0, y0, step, w, h, argb);
        }
        PixelWriter writer = image.getPixelWriter();
        writer.setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        // A guard column and row repeating the edge: the software renderer can sample one pixel past
        // the drawn rectangle (the colour bar showed it), and that read must stay inside the image.
        writer.setPixels(w, 0, 1, h, PixelFormat.getIntArgbInstance(), argb, w - 1, w);
        writer.setPixels(0, h, w, 1, PixelFormat.getIntArgbInstance(), argb, (h - 1) * w, w);
        writer.setArgb(w, h, argb[h * w - 1]);
        renderedX0 = x0;
        renderedY0 = y0;
        renderedStep = step;
        renderedWidth = w;
        renderedHeight = h;
        dirty = false;
    }

    /** Colours whole rows at once through the colour map (the common case: one plane, no clamping). */
    private void renderRows(int x0, int y0, int step, int w, int h, int[] argb) {
        float[] data = planes.data();
        int plane = planes.planeOffset(channel);
        if (step == 1) {
            for (int i = 0; i < h; i++) {
                colorMap.render(data, plane + (y0 + i) * planes.width() + x0, w, stats.min(), stats.max(), argb, i * w);
            }
            return;
        }
        if (rowSamples.length < w) {
            rowSamples = new float[w];
        }
        for (int i = 0; i < h; i++) {
            int base = plane + (y0 + i * step) * planes.width() + x0;
            for (int j = 0; j < w; j++) {
                rowSamples[j] = data[base + j * step];
            }
            colorMap.render(rowSamples, 0, w, stats.min(), stats.max(), argb, i * w);
        }
    }

    private static int clampByte(float v) {
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }

    private void drawColorBar() {
        GraphicsContext g = colorBar.getGraphicsContext2D();
        double w = colorBar.getWidth();
        double h = colorBar.getHeight();
        g.clearRect(0, 0, w, h);
        if (planes == null || channel == -1) {
            return;
        }
        ColorMap bar = clampActive() ? ColorMap.GRAY : colorMap;
        for (int x = 0; x < BAR_STEPS; x++) {
            double t = x / (BAR_STEPS - 1.0);
            double value = stats.min() + t * (stats.max() - stats.min());
            barPixels[x] = clampActive() ? bar.colorAt(t) : bar.colorAt(bar.position(value, stats.min(), stats.max()));
            barPixels[BAR_STEPS + x] = barPixels[x];
        }
        barImage.getPixelWriter().setPixels(0, 0, BAR_STEPS, 2, PixelFormat.getIntArgbInstance(), barPixels, 0, BAR_STEPS);
        g.setImageSmoothing(false);
        g.drawImage(barImage, 0, 0, BAR_STEPS, 1, 0, 0, w, h);
        g.setStroke(Color.gray(0.5));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }

    private void updateInfo() {
        if (planes == null) {
            infoLabel.setText("");
            return;
        }
        StringBuilder sb = new StringBuilder(planes.height() + "×" + planes.width());
        if (imageMode && hovered.get() == null) {
            sb.append("   values ").append(NumberText.format(stats.min(), 2)).append(" … ")
                    .append(NumberText.format(stats.max(), 2));
        }
        int[] p = hovered.get();
        if (p != null) {
            sb.append("   (").append(p[0]).append(", ").append(p[1]).append(") = ");
            if (channel == -1) {
                sb.append("R ").append(NumberText.format(planes.get(0, p[0], p[1]), 2))
                        .append(" G ").append(NumberText.format(planes.get(1, p[0], p[1]), 2))
                        .append(" B ").append(NumberText.format(planes.get(2, p[0], p[1]), 2));
            } else {
                sb.append(NumberText.format(planes.get(channel, p[0], p[1]), 3));
            }
        } else if (clampActive() && !imageMode && clippedLow + clippedHigh > 0) {
            sb.append("   clipped: ").append(percent(clippedLow)).append(" below 0 (black), ")
                    .append(percent(clippedHigh)).append(" above 255 (white)");
        }
        infoLabel.setText(sb.toString());
    }

    private static String percent(double share) {
        return NumberText.format(100 * share, 1) + "%";
    }

    /** The drawing surface: a canvas that follows its region's size. */
    private final class MapCanvas extends Pane {
        private final Canvas canvas = new Canvas();

        MapCanvas() {
            getStyleClass().add("map-surface");
            setStyle("-fx-pref-width: 16em; -fx-pref-height: 16em; -fx-min-width: 6em; -fx-min-height: 6em;");
            getChildren().add(canvas);
            setOnScroll(this::onScroll);
            setOnMousePressed(e -> {
                dragX = e.getX();
                dragY = e.getY();
                dragged = false;
            });
            setOnMouseDragged(e -> {
                if (Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 2 || dragged) {
                    dragged = true;
                    fitted = false;
                    originX += e.getX() - dragX;
                    originY += e.getY() - dragY;
                    dragX = e.getX();
                    dragY = e.getY();
                    draw();
                }
            });
            setOnMouseMoved(this::onMove);
            setOnMouseExited(e -> hovered.set(null));
            setOnMouseClicked(this::onClick);
        }

        @Override
        protected void layoutChildren() {
            if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
                draw();
            }
        }

        private void onScroll(ScrollEvent e) {
            if (planes == null) {
                return;
            }
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                fitted = false;
                originX += e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
                originY += e.isShiftDown() ? 0 : e.getDeltaY();
                e.consume();
                draw();
                return;
            }
            if (e.getDeltaY() == 0) {
                return;
            }
            double factor = e.getDeltaY() > 0 ? 1.25 : 0.8;
            double target = Math.max(minScale(), Math.min(maxScale(), scale * factor));
            double mapX = (e.getX() - originX) / scale;
            double mapY = (e.getY() - originY) / scale;
            scale = target;
            originX = e.getX() - mapX * scale;
            originY = e.getY() - mapY * scale;
            fitted = false;
            e.consume();
            draw();
        }

        private int[] pixelAt(double x, double y) {
            if (planes == null) {
                return null;
            }
            int column = (int) Math.floor((x - originX) / scale);
            int row = (int) Math.floor((y - originY) / scale);
            return row >= 0 && column >= 0 && row < planes.height() && column < planes.width() ? new int[] {row, column} : null;
        }

        private void onMove(MouseEvent e) {
            int[] p = pixelAt(e.getX(), e.getY());
            int[] old = hovered.get();
            if (p == null ? old != null : old == null || old[0] != p[0] || old[1] != p[1]) {
                hovered.set(p);
                draw();
            }
        }

        private void onClick(MouseEvent e) {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                fit();
                return;
            }
            if (e.getButton() == MouseButton.PRIMARY && !dragged && onPixelClicked.get() != null) {
                int[] p = pixelAt(e.getX(), e.getY());
                if (p != null) {
                    onPixelClicked.get().accept(p);
                }
            }
        }

        void draw() {
            GraphicsContext g = canvas.getGraphicsContext2D();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            g.setFill(Color.web("#e6e6e6"));
            g.fillRect(0, 0, w, h);
            if (planes == null || w <= 0 || h <= 0) {
                return;
            }
            if (fitted) {
                scale = fitScale();
                originX = (w - planes.width() * scale) / 2;
                originY = (h - planes.height() * scale) / 2;
            }
            g.setImageSmoothing(false);
            int x0 = Math.max(0, (int) Math.floor(-originX / scale));
            int y0 = Math.max(0, (int) Math.floor(-originY / scale));
            int x1 = Math.min(planes.width(), (int) Math.ceil((w - originX) / scale));
            int y1 = Math.min(planes.height(), (int) Math.ceil((h - originY) / scale));
            if (x1 > x0 && y1 > y0) {
                int step = Math.max(1, (int) Math.floor(1 / scale));
                int sw = (x1 - x0 + step - 1) / step;
                int sh = (y1 - y0 + step - 1) / step;
                ensureRendered(x0, y0, step, sw, sh);
                g.drawImage(image, 0, 0, sw, sh, originX + x0 * scale, originY + y0 * scale, sw * step * scale,
                        sh * step * scale);
                if (showsValues()) {
                    drawValues(g, x0, y0, x1, y1);
                }
            }
            for (Highlight hl : highlights) {
                drawHighlight(g, hl);
            }
            int[] linked = linkedPixel.get();
            if (linked != null) {
                g.setStroke(Color.rgb(220, 0, 80));
                g.setLineWidth(2);
                g.strokeRect(originX + linked[1] * scale - 1, originY + linked[0] * scale - 1, scale + 2, scale + 2);
            }
            int[] p = hovered.get();
            if (p != null) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2);
                g.strokeRect(originX + p[1] * scale - 1, originY + p[0] * scale - 1, scale + 2, scale + 2);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                g.strokeRect(originX + p[1] * scale, originY + p[0] * scale, scale, scale);
            }
        }

        private void drawValues(GraphicsContext g, int x0, int y0, int x1, int y1) {
            double fontSize = Math.min(em(), scale * 0.3);
            g.setFont(Font.font(fontSize));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int c = colorOf(y, x);
                    double lum = (0.2126 * ((c >> 16) & 0xff) + 0.7152 * ((c >> 8) & 0xff) + 0.0722 * (c & 0xff)) / 255;
                    g.setFill(lum > 0.45 ? Color.BLACK : Color.WHITE);
                    g.fillText(NumberText.format(planes.get(channel, y, x), 2), originX + (x + 0.5) * scale,
                            originY + (y + 0.5) * scale, scale * 0.92);
                }
            }
        }

        private void drawHighlight(GraphicsContext g, Highlight hl) {
            double x = originX + hl.left() * scale;
            double y = originY + hl.top() * scale;
            double hw = (hl.right() - hl.left() + 1) * scale;
            double hh = (hl.bottom() - hl.top() + 1) * scale;
            switch (hl.kind()) {
                case WINDOW -> {
                    g.setFill(Color.rgb(0, 160, 255, 0.18));
                    g.fillRect(x, y, hw, hh);
                    g.setStroke(Color.rgb(0, 90, 200));
                    g.setLineWidth(2);
                    g.setLineDashes();
                }
                case PIXEL -> {
                    g.setStroke(Color.rgb(220, 0, 80));
                    g.setLineWidth(2);
                    g.setLineDashes();
                }
                case WINNER -> {
                    g.setStroke(Color.rgb(0, 170, 60));
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
