package org.cnnlab.ui.studio;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.ui.controls.ArgbImage;
import org.cnnlab.ui.studio.network.Mosaic;
import org.cnnlab.ui.studio.network.PixelImage;

/** One test image, enlarged with sharp pixels, with one or two lines of caption under it. */
final class Thumbnail extends VBox {
    private static final double PIXEL_EM = 0.14;

    Thumbnail(Dataset images, int index, String... captions) {
        getStyleClass().add("thumbnail");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(1);
        PixelImage picture = new PixelImage();
        picture.show(image(images, index), PIXEL_EM);
        getChildren().add(picture);
        for (String caption : captions) {
            Label label = new Label(caption);
            label.getStyleClass().add("thumbnail-caption");
            getChildren().add(label);
        }
    }

    static ArgbImage image(Dataset images, int index) {
        return Mosaic.gray(images.sampleAsFloats(index), images.rows(), images.columns());
    }
}
