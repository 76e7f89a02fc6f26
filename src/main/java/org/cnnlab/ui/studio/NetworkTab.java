package org.cnnlab.ui.studio;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.ui.controls.ArgbImage;
import org.cnnlab.ui.controls.NumberText;
import org.cnnlab.ui.controls.Spinners;
import org.cnnlab.ui.studio.network.ActivationsPane;
import org.cnnlab.ui.studio.network.Mosaic;
import org.cnnlab.ui.studio.network.PixelImage;

/**
 * Inside the network for one test image: the image and its true class, the first convolution's
 * filters, every layer's activations and the softmax output, refreshed as training changes the weights.
 */
final class NetworkTab extends BorderPane {
    /** True while the tab is on screen: pictures that arrive meanwhile are drawn only when it is shown again. */
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private final StudioViewModel vm;
    private final PixelImage probeImage = new PixelImage();
    private final Label probeText = new Label();
    private final Label predictionText = new Label();
    private final PixelImage filters = new PixelImage();
    private final Label filtersText = new Label();
    private final ActivationsPane activations = new ActivationsPane();

    NetworkTab(StudioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("network-tab");

        Label probeTitle = new Label("Test image");
        probeTitle.getStyleClass().add("studio-section-title");
        Spinner<Integer> index = Spinners.integers(0, StudioViewModel.LAST_TEST_INDEX, vm.probeIndexProperty().get());
        index.setId("probe-index");
        index.setPrefWidth(1);
        index.setStyle("-fx-pref-width: 6.5em;");
        index.setTooltip(new Tooltip("Which of the 10,000 test images to look at. The network never trained on it."));
        index.valueProperty().addListener((obs, o, n) -> vm.probeIndexProperty().set(n));
        vm.probeIndexProperty().addListener((obs, o, n) -> index.getValueFactory().setValue(n.intValue()));
        Button next = new Button("Next");
        next.setId("probe-next");
        next.setTooltip(new Tooltip("Show the next test image"));
        next.setOnAction(e -> vm.nextProbe());
        next.disableProperty().bind(vm.modelInfoProperty().isNull());
        HBox chooser = new HBox(6, new Label("#"), index, next);
        chooser.setAlignment(Pos.CENTER_LEFT);
        probeText.getStyleClass().add("studio-hint");
        probeText.setWrapText(true);
        predictionText.setWrapText(true);
        predictionText.getStyleClass().add("probe-prediction");
        predictionText.setId("probe-prediction");

        Label filtersTitle = new Label("First-layer filters");
        filtersTitle.getStyleClass().add("studio-section-title");
        filtersText.getStyleClass().add("studio-hint");
        filtersText.setWrapText(true);
        filters.setId("first-filters");
        Tooltip.install(filters, new Tooltip("Each tile is one learned kernel. Orange weights add their pixel, purple ones "
                + "subtract it: many become edge and stroke detectors as training goes on."));

        VBox left = new VBox(6, probeTitle, chooser, probeImage, probeText, predictionText, filtersTitle, filters, filtersText);
        left.setPadding(new Insets(8));
        left.setStyle("-fx-pref-width: 15em; -fx-min-width: 15em;");
        left.setFillWidth(true);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setStyle("-fx-pref-width: 16em; -fx-min-width: 16em;");
        setLeft(leftScroll);
        setCenter(activations);

        DrawnWhileShown.bind(showing, vm.pictureProperty(), this::show);
    }

    BooleanProperty showingProperty() {
        return showing;
    }

    ActivationsPane activations() {
        return activations;
    }

    private void show(NetworkPicture picture) {
        if (picture == null) {
            activations.clear();
            probeImage.clear();
            filters.clear();
            probeText.setText("Create or open a model to see how it reads a test image.");
            predictionText.setText("");
            filtersText.setText("");
            return;
        }
        List<String> names = vm.classNames();
        int side = (int) Math.round(Math.sqrt(picture.probeImage().length));
        probeImage.show(Mosaic.gray(picture.probeImage(), side, side), 0.3);
        probeText.setText("Test image #" + picture.probeIndex() + ", a " + name(names, picture.probeLabel()));
        float[] p = picture.probabilities();
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        String verdict = best == picture.probeLabel() ? "right" : "wrong";
        predictionText.setText(p.length == 0 ? "" : String.format(Locale.ROOT, "The network says %s (%.1f%%): %s.",
                name(names, best), p[best] * 100, verdict));
        KernelSnapshot kernels = picture.firstFilters();
        if (kernels == null) {
            filters.clear();
            filtersText.setText("This model has no convolution: its first layer sees the image as one long row of pixels.");
        } else {
            ArgbImage mosaic = Mosaic.of(kernels);
            filters.show(mosaic, Math.min(0.5, 13.0 / mosaic.width()));
            float[] w = kernels.weights();
            float largest = 0;
            for (float v : w) {
                largest = Math.max(largest, Math.abs(v));
            }
            filtersText.setText(kernels.filters() + " kernels of " + kernels.size() + "x" + kernels.size() + " (" + kernels.layerName()
                    + "), one colour scale: purple −" + NumberText.compact(largest) + ", white 0, orange +"
                    + NumberText.compact(largest));
        }
        activations.show(picture.layers(), p, names);
    }

    private static String name(List<String> names, int label) {
        return label >= 0 && label < names.size() ? names.get(label) : "class " + label;
    }
}
