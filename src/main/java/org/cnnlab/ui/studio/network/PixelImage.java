package org.cnnlab.ui.studio.network;

import java.util.Locale;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.cnnlab.ui.controls.ArgbImage;
import org.cnnlab.ui.controls.map.NearestNeighbour;
import org.cnnlab.ui.controls.map.PixelRect;
import org.cnnlab.ui.controls.map.SampledRegion;
import org.cnnlab.ui.controls.map.Viewport;

/**
 * A small picture enlarged with sharp pixels (no blur between them), each image pixel
 * {@code pixelEm} em wide so that it grows with the projector font. The picture is enlarged by
 * nearest neighbour to the size on screen and shown one to one, because the software pipeline
 * ignores an image view's "no smoothing" and would blur the pixels into each other.
 */
public final class PixelImage extends Region {
    private final ImageView view = new ImageView();
    private WritableImage image;
    private ArgbImage picture;
    private WritableImage enlarged;

    public PixelImage() {
        getStyleClass().add("pixel-image");
        getChildren().add(view);
    }

    /** Shows {@code picture} with each of its pixels {@code pixelEm} em wide. */
    public void show(ArgbImage picture, double pixelEm) {
        if (image == null || (int) image.getWidth() != picture.width() || (int) image.getHeight() != picture.height()) {
            image = new WritableImage(picture.width(), picture.height());
        }
        this.picture = picture;
        image.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getIntArgbInstance(),
                picture.pixels(), 0, picture.width());
        String w = String.format(Locale.ROOT, "%.3f", picture.width() * pixelEm);
        String h = String.format(Locale.ROOT, "%.3f", picture.height() * pixelEm);
        setStyle("-fx-pref-width: " + w + "em; -fx-pref-height: " + h + "em; -fx-min-width: " + w + "em; -fx-min-height: "
                + h + "em; -fx-max-width: " + w + "em; -fx-max-height: " + h + "em;");
        enlarge();
    }

    /** Removes the picture. */
    public void clear() {
        image = null;
        picture = null;
        view.setImage(null);
    }

    /** The picture on screen, null when none (for tests). */
    public WritableImage image() {
        return image;
    }

    @Override
    protected void layoutChildren() {
        if (enlarged == null || (int) enlarged.getWidth() != (int) Math.round(getWidth())
                || (int) enlarged.getHeight() != (int) Math.round(getHeight())) {
            enlarge();
        }
        view.relocate(0, 0);
    }

    /** Shows the picture enlarged by nearest neighbour to this region's size, keeping its proportions. */
    private void enlarge() {
        int width = (int) Math.round(getWidth());
        int height = (int) Math.round(getHeight());
        if (picture == null || width < 1 || height < 1) {
            view.setImage(null);
            return;
        }
        double scale = Math.min((double) width / picture.width(), (double) height / picture.height());
        int[] pixels = new int[width * height];
        NearestNeighbour.resample(new SampledRegion(new PixelRect(0, 0, picture.width(), picture.height()), 1, picture.pixels()),
                new Viewport(scale, 0, 0), width, height, pixels, 0);
        if (enlarged == null || (int) enlarged.getWidth() != width || (int) enlarged.getHeight() != height) {
            enlarged = new WritableImage(width, height);
        }
        enlarged.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        view.setImage(enlarged);
    }
}
