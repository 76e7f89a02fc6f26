package org.cnnlab.ui.imagelab;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.ColorMap;
import org.cnnlab.ui.controls.map.NearestNeighbour;
import org.cnnlab.ui.controls.map.PixelRect;
import org.cnnlab.ui.controls.map.SampledRegion;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * One plane of numbers drawn as colours, with a title and a colour bar labelled with the plane's
 * real minimum and maximum. When the panel is larger than the plane, the plane is enlarged by
 * nearest neighbour before it is shown (an image view's "no smoothing" is ignored by the software
 * pipeline), so pixels stay hard squares and single values stay visible; a larger plane is shrunk
 * by the image view. The colour buffer is reused while the plane keeps its size.
 */
public final class HeatmapPanel extends VBox {
    private final Label title = new Label();
    private final ImageView view = new ImageView();
    private final ImageView bar = new ImageView();
    private final Label minLabel = new Label();
    private final Label maxLabel = new Label();
    private final Label caption = new Label();
    private int[] argb;
    private int imageWidth;
    private int imageHeight;
    private double displaySize;

    /** @param displaySize the longer side of the drawn map, in pixels */
    public HeatmapPanel(String titleText, double displaySize) {
        this.displaySize = displaySize;
        getStyleClass().add("heatmap-panel");
        title.getStyleClass().add("heatmap-title");
        title.setText(titleText);
        title.setWrapText(true);
        caption.getStyleClass().add("heatmap-caption");
        caption.setWrapText(true);
        view.setSmooth(false);
        view.setPreserveRatio(true);
        bar.setSmooth(true);
        bar.setFitHeight(14);
        minLabel.getStyleClass().add("colorbar-label");
        maxLabel.getStyleClass().add("colorbar-label");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox labels = new HBox(minLabel, gap, maxLabel);
        labels.getStyleClass().add("colorbar-labels");
        VBox colorBar = new VBox(bar, labels);
        colorBar.getStyleClass().add("colorbar");
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, view, colorBar, caption);
        bar.fitWidthProperty().bind(view.fitWidthProperty());
        labels.maxWidthProperty().bind(view.fitWidthProperty());
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public String getTitle() {
        return title.getText();
    }

    /** A line under the colour bar, e.g. the largest difference. */
    public void setCaption(String text) {
        caption.setText(text);
    }

    public String getCaption() {
        return caption.getText();
    }

    public void setDisplaySize(double size) {
        displaySize = size;
        resizeView();
    }

    /** The text of the colour bar's ends, e.g. {@code "0 … 255"}. */
    public String rangeText() {
        return minLabel.getText() + " … " + maxLabel.getText();
    }

    /** Draws plane {@code c} of {@code planes} with {@code map}, stretched over its own min–max. */
    public void show(FloatPlanes planes, int c, ColorMap map) {
        MapStats stats = MapStats.of(planes, c);
        show(planes, c, map, stats.min(), stats.max());
    }

    /** Draws plane {@code c} of {@code planes} with {@code map} over the range {@code [min, max]}. */
    public void show(FloatPlanes planes, int c, ColorMap map, double min, double max) {
        int w = planes.width();
        int h = planes.height();
        if (argb == null || imageWidth != w || imageHeight != h) {
            argb = new int[w * h];
            imageWidth = w;
            imageHeight = h;
        }
        map.render(planes.data(), planes.planeOffset(c), planes.planeSize(), min, max, argb);
        double lo = map.isDiverging() ? -Math.max(Math.abs(min), Math.abs(max)) : min;
        double hi = map.isDiverging() ? -lo : max;
        drawBar(map);
        minLabel.setText(barLabel(lo));
        maxLabel.setText(barLabel(hi));
        resizeView();
        setVisible(true);
        setManaged(true);
    }

    /** Whole numbers as they are, others with two decimals: colour bar ends stay short. */
    static String barLabel(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** Empties the panel, leaving the title. */
    public void clear() {
        view.setImage(null);
        argb = null;
        minLabel.setText("");
        maxLabel.setText("");
        caption.setText("");
    }

    private void drawBar(ColorMap map) {
        int width = 256;
        int height = 8;
        WritableImage gradient = new WritableImage(width, height);
        for (int x = 0; x < width; x++) {
            int colour = map.colorAt(x / (width - 1.0));
            for (int y = 0; y < height; y++) {
                gradient.getPixelWriter().setArgb(x, y, colour);
            }
        }
        bar.setImage(gradient);
    }

    /** Shows the plane at {@code displaySize}: enlarged by nearest neighbour, or shrunk by the image view. */
    private void resizeView() {
        if (argb == null) {
            return;
        }
        double scale = displaySize / Math.max(imageWidth, imageHeight);
        int shownWidth = Math.max(1, (int) Math.round(imageWidth * scale));
        int shownHeight = Math.max(1, (int) Math.round(imageHeight * scale));
        WritableImage image;
        if (scale > 1) {
            int[] enlarged = new int[shownWidth * shownHeight];
            NearestNeighbour.resample(new SampledRegion(new PixelRect(0, 0, imageWidth, imageHeight), 1, argb),
                    new Viewport(scale, 0, 0), shownWidth, shownHeight, enlarged, 0);
            image = new WritableImage(shownWidth, shownHeight);
            image.getPixelWriter().setPixels(0, 0, shownWidth, shownHeight, PixelFormat.getIntArgbInstance(), enlarged, 0,
                    shownWidth);
        } else {
            image = new WritableImage(imageWidth, imageHeight);
            image.getPixelWriter().setPixels(0, 0, imageWidth, imageHeight, PixelFormat.getIntArgbInstance(), argb, 0,
                    imageWidth);
        }
        view.setImage(image);
        view.setFitWidth(shownWidth);
        view.setFitHeight(shownHeight);
    }
}
