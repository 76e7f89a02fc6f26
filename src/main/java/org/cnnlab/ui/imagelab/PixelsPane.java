package org.cnnlab.ui.imagelab;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The image lab's "Pixels" tab: the decoded image at a chosen zoom (fit, or 25% to 6400%) in a
 * scroll pane, with a contrast stretch option, and the pixel inspector that reads the hovered
 * pixel's raw and normalised values.
 */
final class PixelsPane extends VBox {
    static final String NO_PIXEL_TEXT = "Hover over the image to read a pixel's values.";
    private static final List<String> ZOOM_LEVELS = List.of("Fit", "25%", "50%", "100%", "200%", "400%", "800%",
            "1600%", "3200%", "6400%");

    private final ImageLabViewModel viewModel;
    private final PixelCanvas canvas = new PixelCanvas();
    private final ScrollPane canvasScroll = new ScrollPane();
    private final ComboBox<String> zoomBox = new ComboBox<>();
    private final Label inspectorLabel = new Label(NO_PIXEL_TEXT);

    PixelsPane(ImageLabViewModel viewModel) {
        this.viewModel = viewModel;
        canvasScroll.setId("pixelScroll");
        canvas.setId("pixelCanvas");
        StackPane holder = new StackPane(canvas);
        holder.getStyleClass().add("canvas-holder");
        canvasScroll.setContent(holder);
        canvasScroll.setFitToWidth(true);
        canvasScroll.setFitToHeight(true);
        canvasScroll.setPannable(false);
        canvas.setOnHover((x, y) -> {
            PixelInspection reading = viewModel.inspect(x, y);
            inspectorLabel.setText(reading == null ? NO_PIXEL_TEXT : inspectorText(reading));
        });
        canvas.setCellText(this::cellLines);
        canvasScroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if ("Fit".equals(zoomBox.getValue())) {
                applyZoom();
            }
            showVisibleArea();
        });
        canvas.boundsInParentProperty().addListener((obs, old, now) -> showVisibleArea());
        canvasScroll.hvalueProperty().addListener((obs, old, now) -> showVisibleArea());
        canvasScroll.vvalueProperty().addListener((obs, old, now) -> showVisibleArea());
        CheckBox stretch = new CheckBox("Contrast stretch");
        stretch.setId("contrastStretchBox");
        stretch.selectedProperty().bindBidirectional(canvas.contrastStretchProperty());
        stretch.setTooltip(new Tooltip("Draw the darkest value black and the brightest white, so that an image of "
                + "values 0–10 is as readable as one of 0–255. The numbers stay as they are."));

        zoomBox.setId("zoomBox");
        zoomBox.getItems().setAll(ZOOM_LEVELS);
        zoomBox.setValue("Fit");
        zoomBox.valueProperty().addListener((obs, old, now) -> applyZoom());
        inspectorLabel.setId("inspectorLabel");
        inspectorLabel.getStyleClass().add("inspector");
        inspectorLabel.setWrapText(true);
        inspectorLabel.setMinHeight(Region.USE_PREF_SIZE);
        Label zoomLabel = new Label("Zoom");
        HBox zoomRow = new HBox(zoomLabel, zoomBox);
        zoomRow.getStyleClass().add("control-row");
        VBox side = new VBox(zoomRow, stretch, new Label("Pixel inspector"), inspectorLabel);
        side.getStyleClass().add("inspector-box");
        HBox body = new HBox(canvasScroll, side);
        HBox.setHgrow(canvasScroll, Priority.ALWAYS);
        getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        getStyleClass().add("lab-section");
    }

    /** Shows the snapshot's pixels at the chosen zoom, or nothing. */
    void show(LabSnapshot snapshot) {
        inspectorLabel.setText(NO_PIXEL_TEXT);
        if (snapshot == null) {
            canvas.clear();
            return;
        }
        canvas.setPixels(snapshot.argb(), snapshot.image().width(), snapshot.image().height());
        applyZoom();
    }

    /**
     * The part of the zoomed image the scroll pane shows, in the canvas's coordinates: the
     * scroll values (0 to 1) say how far into the content's overhang the viewport has moved.
     */
    private void showVisibleArea() {
        Bounds viewport = canvasScroll.getViewportBounds();
        Bounds content = canvasScroll.getContent().getLayoutBounds();
        Bounds inHolder = canvas.getBoundsInParent();
        double x = canvasScroll.getHvalue() * Math.max(0, content.getWidth() - viewport.getWidth());
        double y = canvasScroll.getVvalue() * Math.max(0, content.getHeight() - viewport.getHeight());
        canvas.setVisibleArea(x - inHolder.getMinX(), y - inHolder.getMinY(), viewport.getWidth(), viewport.getHeight());
    }

    /** The raw values written into a zoomed pixel: one when the colour channels agree, else one line each (no alpha). */
    private List<String> cellLines(int row, int column) {
        PixelInspection reading = viewModel.inspect(column, row);
        List<String> values = reading == null ? List.of() : reading.channels().stream().filter(c -> !"A".equals(c.name()))
                .map(c -> ImageLabViewModel.formatValue(c.raw())).toList();
        return values.stream().distinct().count() == 1 ? values.subList(0, 1) : values;
    }

    /** Multi-line inspector text: position, then one line per stored channel with raw and normalised value. */
    static String inspectorText(PixelInspection reading) {
        StringBuilder text = new StringBuilder("x " + reading.x() + ", y " + reading.y());
        for (PixelInspection.Channel channel : reading.channels()) {
            String raw = ImageLabViewModel.formatValue(channel.raw());
            text.append('\n').append(String.format(Locale.ROOT, "%-4s %6s  →  %.3f", channel.name(), raw,
                    channel.normalised()));
        }
        return text.toString();
    }

    private void applyZoom() {
        int w = canvas.imageWidth();
        int h = canvas.imageHeight();
        if (w == 0 || h == 0) {
            return;
        }
        String level = zoomBox.getValue();
        double zoom;
        if (level == null || "Fit".equals(level)) {
            Bounds viewport = canvasScroll.getViewportBounds();
            double fit = Math.min((viewport.getWidth() - 4) / w, (viewport.getHeight() - 4) / h);
            if (!(fit > 0)) {
                fit = 1;
            }
            zoom = fit >= 4 ? Math.min(64, Math.floor(fit)) : fit;
        } else {
            zoom = Double.parseDouble(level.replace("%", "")) / 100.0;
        }
        canvas.setZoom(zoom);
    }
}
