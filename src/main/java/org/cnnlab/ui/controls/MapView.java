package org.cnnlab.ui.controls;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.ColorMap;
import org.cnnlab.ui.controls.map.CellLabel;
import org.cnnlab.ui.controls.map.HeatmapRenderer;
import org.cnnlab.ui.controls.map.HeatmapRenderer.Tone;
import org.cnnlab.ui.controls.map.ValueLabels;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * One plane of a feature map (or an RGB image) drawn as a heatmap, with a colour bar of its real
 * minimum and maximum. Signed maps use a diverging map centred on zero, non-negative maps viridis
 * ({@link ColorMap#forRange}); "clamp to 0–255" shows the map as an image editor would, gray and
 * cut at 0 and 255, which is why editors show edge maps half black. {@link #contrastStretchProperty()
 * Contrast stretch} shows an image (or a clamped map) with its real minimum black and its maximum
 * white instead, so that a 0–10 image does not look all black.
 *
 * <p>Scroll zooms around the cursor down to single pixels, drawn as hard squares, with their
 * values written inside once they are large enough to read; dragging, shift-scroll and sideways
 * scroll pan, a double click fits the map again. The hovered pixel is published in this map's own
 * coordinates ({@link #hoveredPixelProperty()}); whoever relates several maps (the sandbox) turns
 * it into {@link #highlights()} on the others, so every panel outlines its corresponding pixels.
 *
 * <p>This class holds the state (the map, the colours, the zoom); {@link MapViewSkin} draws it.
 * The colours around the map come from CSS, so themes reach the canvas: {@code
 * -cnn-map-background}, {@code -cnn-grid-line}, {@code -cnn-value-text} (on light pixels), {@code
 * -cnn-value-text-on-dark}, {@code -cnn-highlight} (the pixel the pointer relates to), {@code
 * -cnn-window-highlight} (an input window) and {@code -cnn-winner-highlight} (a pooling winner).
 *
 * <p>Why over 400 lines: this is the public face the sandbox and its tests call (showing, zooming,
 * highlighting, exporting) plus seven CSS colours, each with its documented accessor; the drawing
 * lives in {@link MapViewSkin} and {@link MapPainter}, the arithmetic in {@code ui.controls.map}.
 */
public final class MapView extends Control {
    private static final StyleablePropertyFactory<MapView> STYLES = new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final CssMetaData<MapView, Color> MAP_BACKGROUND = STYLES.createColorCssMetaData(
            "-cnn-map-background", v -> v.mapBackground, Color.web("#e6e6e6"), false);
    private static final CssMetaData<MapView, Color> GRID_LINE = STYLES.createColorCssMetaData(
            "-cnn-grid-line", v -> v.gridLine, Color.rgb(128, 128, 128, 0.55), false);
    private static final CssMetaData<MapView, Color> VALUE_TEXT = STYLES.createColorCssMetaData(
            "-cnn-value-text", v -> v.valueText, Color.BLACK, false);
    private static final CssMetaData<MapView, Color> VALUE_TEXT_ON_DARK = STYLES.createColorCssMetaData(
            "-cnn-value-text-on-dark", v -> v.valueTextOnDark, Color.WHITE, false);
    private static final CssMetaData<MapView, Color> HIGHLIGHT = STYLES.createColorCssMetaData(
            "-cnn-highlight", v -> v.highlight, Color.rgb(220, 0, 80), false);
    private static final CssMetaData<MapView, Color> WINDOW_HIGHLIGHT = STYLES.createColorCssMetaData(
            "-cnn-window-highlight", v -> v.windowHighlight, Color.rgb(0, 90, 200), false);
    private static final CssMetaData<MapView, Color> WINNER_HIGHLIGHT = STYLES.createColorCssMetaData(
            "-cnn-winner-highlight", v -> v.winnerHighlight, Color.rgb(0, 170, 60), false);
    private static final String STYLESHEET = MapView.class.getResource("/org/cnnlab/ui/controls.css").toExternalForm();
    /** The largest zoom, in em of the font: a pixel never grows beyond ten letters. */
    private static final double MAX_PIXEL_EM = 10;

    private final StyleableObjectProperty<Color> mapBackground = colour(MAP_BACKGROUND, "mapBackground");
    private final StyleableObjectProperty<Color> gridLine = colour(GRID_LINE, "gridLine");
    private final StyleableObjectProperty<Color> valueText = colour(VALUE_TEXT, "valueText");
    private final StyleableObjectProperty<Color> valueTextOnDark = colour(VALUE_TEXT_ON_DARK, "valueTextOnDark");
    private final StyleableObjectProperty<Color> highlight = colour(HIGHLIGHT, "highlight");
    private final StyleableObjectProperty<Color> windowHighlight = colour(WINDOW_HIGHLIGHT, "windowHighlight");
    private final StyleableObjectProperty<Color> winnerHighlight = colour(WINNER_HIGHLIGHT, "winnerHighlight");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty clamp = new SimpleBooleanProperty(this, "clamp", false);
    private final BooleanProperty imageMode = new SimpleBooleanProperty(this, "imageMode", false);
    private final BooleanProperty contrastStretch = new SimpleBooleanProperty(this, "contrastStretch", false);
    private final BooleanProperty valuesShown = new SimpleBooleanProperty(this, "valuesShown", true);
    private final ReadOnlyObjectWrapper<int[]> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredPixel");
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ObjectProperty<int[]> linkedPixel = new SimpleObjectProperty<>(this, "linkedPixel");
    private final ObjectProperty<Consumer<int[]>> onPixelClicked = new SimpleObjectProperty<>(this, "onPixelClicked");
    private final ReadOnlyObjectWrapper<HeatmapRenderer> renderer = new ReadOnlyObjectWrapper<>(this, "renderer");
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(1, 0, 0));
    private final ObjectProperty<SurfaceSize> surfaceSize = new SimpleObjectProperty<>(this, "surfaceSize");

    private FloatPlanes planes;
    private int channel;
    private MapStats stats;
    private MapStats givenStats;
    private double clippedLow;
    private double clippedHigh;
    private boolean fitted = true;
    private double surfaceWidth;
    private double surfaceHeight;
    private double em = 13;

    /** The drawing area's requested size: {@code value} pixels, or em of the font when {@code inEm}. */
    record SurfaceSize(double value, boolean inEm) {
    }

    public MapView() {
        this("");
    }

    public MapView(String titleText) {
        getStyleClass().add("map-view");
        setFocusTraversable(false);
        title.set(titleText);
        clamp.addListener((obs, o, n) -> refresh());
        imageMode.addListener((obs, o, n) -> refresh());
        contrastStretch.addListener((obs, o, n) -> refresh());
    }

    private StyleableObjectProperty<Color> colour(CssMetaData<MapView, Color> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** The CSS properties of a map view: its own colours after those of every control. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public void setTitle(String text) {
        title.set(text);
    }

    public BooleanProperty clampProperty() {
        return clamp;
    }

    /**
     * Image mode draws the map as a photo editor would: one channel in gray from 0 (black) to 255
     * (white), three channels in colour; the clamp option is hidden. For the input panel.
     */
    public BooleanProperty imageModeProperty() {
        return imageMode;
    }

    /** As {@link #imageModeProperty()}. */
    public void setImageMode(boolean image) {
        imageMode.set(image);
    }

    /**
     * Contrast stretch: where the map is shown as an image (image mode, a colour image, or clamped
     * to 0–255), its real minimum is drawn black and its maximum white, instead of 0 and 255. A
     * heatmap already spans its real range, so it does not change.
     */
    public BooleanProperty contrastStretchProperty() {
        return contrastStretch;
    }

    /** Whether numbers are written into pixels that are large enough for them (on by default). */
    public BooleanProperty valuesShownProperty() {
        return valuesShown;
    }

    /** Side of the drawing area in pixels (the sandbox fits its panels to the window). */
    public void setSurfaceSize(double pixels) {
        surfaceSize.set(new SurfaceSize(pixels, false));
        setPrefWidth(pixels);
    }

    /** Side of the drawing area in em (of the current font), so panels grow with the projector font. */
    public void setSurfaceSizeEm(double em) {
        surfaceSize.set(new SurfaceSize(em, true));
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

    /** The colour around the map (and behind it while empty); CSS {@code -cnn-map-background}. */
    public ObjectProperty<Color> mapBackgroundProperty() {
        return mapBackground;
    }

    /** The lines between pixels large enough to hold their values; CSS {@code -cnn-grid-line}. */
    public ObjectProperty<Color> gridLineProperty() {
        return gridLine;
    }

    /** Values written on light pixels; CSS {@code -cnn-value-text}. */
    public ObjectProperty<Color> valueTextProperty() {
        return valueText;
    }

    /** Values written on dark pixels; CSS {@code -cnn-value-text-on-dark}. */
    public ObjectProperty<Color> valueTextOnDarkProperty() {
        return valueTextOnDark;
    }

    /** The outline of a pixel related to the pointer; CSS {@code -cnn-highlight}. */
    public ObjectProperty<Color> highlightProperty() {
        return highlight;
    }

    /** The outline (and a light fill) of an input window; CSS {@code -cnn-window-highlight}. */
    public ObjectProperty<Color> windowHighlightProperty() {
        return windowHighlight;
    }

    /** The outline of a pooling window's winner; CSS {@code -cnn-winner-highlight}. */
    public ObjectProperty<Color> winnerHighlightProperty() {
        return winnerHighlight;
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
        hovered.set(null);
        highlights.clear();
        renderer.set(null);
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
        return new ArgbImage(planes.width(), planes.height(), renderer.get().renderAll());
    }

    /** Pixels per map pixel on screen. */
    public double zoom() {
        return viewport().scale();
    }

    /** Zooms so that one map pixel covers {@code pixelsPerPixel} screen pixels, centred on map pixel {@code (row, column)}. */
    public void zoomTo(double pixelsPerPixel, int row, int column) {
        fitted = false;
        viewport.set(Viewport.centredOn(clampScale(pixelsPerPixel), row, column, surfaceWidth, surfaceHeight));
    }

    /** Fits the whole map into the panel again. */
    public void fit() {
        fitted = true;
        viewport.set(fittedViewport());
    }

    /** Whether the map is zoomed far enough that values are written inside the pixels. */
    public boolean showsValues() {
        return planes != null && valuesShown.get() && zoom() >= valueThreshold();
    }

    /** The smallest pixel, in screen pixels, that values are written into: 28 pixels, more with a large font. */
    double valueThreshold() {
        return Math.max(ValueLabels.MINIMUM_CELL, 2.2 * em);
    }

    /** The viewport the map is drawn with: the fitted one while the user has not zoomed or panned. */
    Viewport viewport() {
        return fitted ? fittedViewport() : viewport.get();
    }

    ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** Zooms by {@code factor} around screen point {@code (x, y)}, within the zoom limits. */
    void zoomAbout(double x, double y, double factor) {
        Viewport current = viewport();
        fitted = false;
        viewport.set(current.zoomedAbout(x, y, clampScale(current.scale() * factor)));
    }

    void panBy(double dx, double dy) {
        Viewport current = viewport();
        fitted = false;
        viewport.set(current.pannedBy(dx, dy));
    }

    /** The skin reports the drawing area's size and the font's size, which the zoom limits and the fit follow. */
    void surfaceChanged(double width, double height, double fontSize) {
        surfaceWidth = width;
        surfaceHeight = height;
        em = fontSize;
        if (fitted) {
            viewport.set(fittedViewport());
        }
    }

    void hover(int[] pixel) {
        hovered.set(pixel);
    }

    ReadOnlyObjectProperty<HeatmapRenderer> rendererProperty() {
        return renderer.getReadOnlyProperty();
    }

    ObjectProperty<SurfaceSize> surfaceSizeProperty() {
        return surfaceSize;
    }

    /** Share of the plane below 0 and above 255, shown while clamped. */
    double clippedLow() {
        return clippedLow;
    }

    double clippedHigh() {
        return clippedHigh;
    }

    /** Whether the plane is shown as an image editor would, gray from 0 to 255 (or stretched). */
    boolean shownAsImage() {
        return (clamp.get() || imageMode.get()) && channel >= 0;
    }

    /** The reused display image (package-private: tests check it survives same-shaped maps). */
    WritableImage displayImage() {
        return getSkin() instanceof MapViewSkin skin ? skin.displayImage() : null;
    }

    /** The numbers the skin wrote into the pixels at its last repaint (package-private: for tests). */
    List<CellLabel> cellLabels() {
        return getSkin() instanceof MapViewSkin skin ? skin.cellLabels() : List.of();
    }

    private Viewport fittedViewport() {
        return planes == null ? new Viewport(1, 0, 0)
                : Viewport.fit(planes.width(), planes.height(), surfaceWidth, surfaceHeight);
    }

    private double clampScale(double scale) {
        double fit = planes == null ? 1 : Viewport.fitScale(planes.width(), planes.height(), surfaceWidth, surfaceHeight);
        return Math.max(Math.min(1, fit), Math.min(MAX_PIXEL_EM * em, scale));
    }

    private void refresh() {
        if (planes == null) {
            return;
        }
        Tone tone;
        if (channel == -1) {
            stats = MapStats.ofAll(planes);
            tone = contrastStretch.get() ? Tone.STRETCHED : Tone.IMAGE;
        } else {
            stats = givenStats != null ? givenStats : MapStats.of(planes, channel);
            tone = !shownAsImage() ? Tone.HEATMAP : contrastStretch.get() ? Tone.STRETCHED : Tone.IMAGE;
            if (shownAsImage()) {
                countClipped();
            }
        }
        if (fitted) {
            viewport.set(fittedViewport());
        }
        renderer.set(new HeatmapRenderer(planes, channel, stats, tone));
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
}
