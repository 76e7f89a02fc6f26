package org.cnnlab.ui.studio.network;

import java.util.Locale;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.cnnlab.ui.controls.ArgbImage;

/**
 * A small picture enlarged with sharp pixels (no blur between them), each image pixel
 * {@code pixelEm} em wide so that it grows with the projector font. Showing a new picture of the
 * same size rewrites the pixels of the image already on screen.
 */
public final class PixelImage extends Region {
    private final ImageView view = new ImageView();
    private WritableImage image;

    public PixelImage() {
        getStyleClass().add("pixel-image");
        view.setSmooth(false);
        view.setPreserveRatio(true);
        getChildren().add(view);
    }

    /** Shows {@code picture} with each of its pixels {@code pixelEm} em wide. */
    public void show(ArgbImage picture, double pixelEm) {
        if (image == null || (int) image.getWidth() != picture.width() || (int) image.getHeight() != picture.height()) {
            image = new WritableImage(picture.width(), picture.height());
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getIntArgbInstance(),
                picture.pixels(), 0, picture.width());
        String w = String.format(Locale.ROOT, "%.3f", picture.width() * pixelEm);
        String h = String.format(Locale.ROOT, "%.3f", picture.height() * pixelEm);
        setStyle("-fx-pref-width: " + w + "em; -fx-pref-height: " + h + "em; -fx-min-width: " + w + "em; -fx-min-height: "
                + h + "em; -fx-max-width: " + w + "em; -fx-max-height: " + h + "em;");
    }

    /** Removes the picture. */
    public void clear() {
        image = null;
        view.setImage(null);
    }

    /** The picture on screen, null when none (for tests). */
    public WritableImage image() {
        return image;
    }

    @Override
    protected void layoutChildren() {
        view.setFitWidth(getWidth());
        view.setFitHeight(getHeight());
        view.relocate(0, 0);
    }
}
