package org.cnnlab.ui.controls;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.ui.controls.map.CellLabel;
import org.cnnlab.ui.controls.map.HeatmapRenderer;
import org.cnnlab.ui.controls.map.NearestNeighbour;
import org.cnnlab.ui.controls.map.PixelRect;
import org.cnnlab.ui.controls.map.SampledRegion;
import org.cnnlab.ui.controls.map.ValueLabels;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * Paints one frame of a {@link MapView} on its canvas: the background, the visible part of the
 * map, the grid and the numbers once pixels are large enough, the highlights and the hovered
 * pixel. The map is drawn at the screen's own resolution by nearest neighbour ({@link
 * NearestNeighbour}) and put on the canvas one to one, so zoomed pixels are hard squares on every
 * rendering pipeline.
 *
 * <p>Only what the panel can show is colour-mapped: the visible region, one sample per screen
 * pixel when zoomed out, so a repaint costs about the panel's size even for a 1080p map. The
 * colours go through two buffers shared by all map views (FX thread only); each painter keeps only
 * its screen image, which only grows, and recolours it only when the map, the zoom or the size
 * changed (hovering redraws the outlines over it).
 */
final class MapPainter {
    private static int[] regionScratch = new int[0];
    private static int[] screenScratch = new int[0];

    private WritableImage screenImage;
    private HeatmapRenderer paintedRenderer;
    private Viewport paintedViewport;
    private int paintedWidth;
    private int paintedHeight;

    /** The image the map was last drawn into (screen-sized). */
    WritableImage screenImage() {
        return screenImage;
    }

    /**
     * Paints one frame of {@code view} on a {@code w × h} canvas whose window renders
     * {@code device} device pixels per pixel, with the font size {@code em}, and returns the
     * numbers it wrote into the pixels.
     */
    List<CellLabel> paint(GraphicsContext g, MapView view, double w, double h, double device, double em) {
        g.setFill(view.mapBackgroundProperty().get());
        g.fillRect(0, 0, w, h);
        HeatmapRenderer renderer = view.rendererProperty().get();
        List<CellLabel> cellLabels = List.of();
        if (renderer == null || !view.hasMap() || w < 1 || h < 1) {
            return cellLabels;
        }
        Viewport viewport = view.viewport();
        paintMap(g, view, renderer, viewport, w, h, device);
        PixelRect visible = viewport.visiblePixels(view.mapWidth(), view.mapHeight(), w, h);
        if (view.showsValues() && !visible.isEmpty()) {
            drawGrid(g, view, viewport, visible);
            cellLabels = ValueLabels.layout(viewport, visible, view.valueThreshold(), renderer::colorOf,
                    (row, column) -> linesAt(view, row, column));
            drawValues(g, view, cellLabels, viewport.scale(), em);
        }
        for (Highlight hl : view.highlights()) {
            drawHighlight(g, view, viewport, hl);
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
        return cellLabels;
    }

    /**
     * Puts the visible part of the map on the canvas, one image pixel per device pixel (the
     * screen image is made at the window's render scale), repainting the screen image only
     * when the map, the zoom or the size changed.
     */
    private void paintMap(GraphicsContext g, MapView view, HeatmapRenderer renderer, Viewport viewport, double w, double h,
            double device) {
        int sw = (int) Math.ceil(w * device);
        int sh = (int) Math.ceil(h * device);
        Viewport onDevice = new Viewport(viewport.scale() * device, viewport.originX() * device, viewport.originY() * device);
        if (renderer != paintedRenderer || !onDevice.equals(paintedViewport) || sw != paintedWidth || sh != paintedHeight) {
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

    private static void drawGrid(GraphicsContext g, MapView view, Viewport viewport, PixelRect visible) {
        g.setStroke(view.gridLineProperty().get());
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

    private static void drawValues(GraphicsContext g, MapView view, List<CellLabel> labels, double scale, double em) {
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

    private static void drawHighlight(GraphicsContext g, MapView view, Viewport viewport, Highlight hl) {
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

    /** The lines written into pixel {@code (row, column)}: its value, or R, G and B of a colour pixel. */
    private static List<String> linesAt(MapView view, int row, int column) {
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
}
