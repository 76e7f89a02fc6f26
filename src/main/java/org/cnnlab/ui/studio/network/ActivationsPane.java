package org.cnnlab.ui.studio.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.TensorShape;
import org.cnnlab.ui.controls.NumberText;

/**
 * What every layer of a network makes of one image: for each layer a card titled with its name,
 * type and output shape, showing its feature maps as a grid of small heatmaps (one tile per map, one
 * colour scale per layer) or, for flat layers, one bar per unit; on the right, the softmax output as
 * bars with the class names. Independent of where the numbers come from: the training studio's probe
 * image and the draw-a-digit pad both call {@link #show}.
 *
 * <p>Updates are cheap: while the layers keep their names and shapes the cards stay and only their
 * pixels are rewritten, so the pane can follow a drawing or a training run several times a second.
 */
public final class ActivationsPane extends BorderPane {
    /** Width in em a layer's grid of maps aims for. */
    private static final double MOSAIC_EM = 13;

    private final FlowPane cards = new FlowPane();
    private final SoftmaxBars softmax = new SoftmaxBars();
    /** What an empty pane says when it waits for the studio's probe image. */
    public static final String NO_PICTURE = "No network picture yet: create or open a model.";

    private final Label emptyHint;
    private final List<LayerCard> shown = new ArrayList<>();
    /** The widest a card may be: the visible width of the scroll pane, so its texts wrap instead of being cut off. */
    private double cardWidthLimit = Double.MAX_VALUE;
    private List<Structure> structure = List.of();

    /** A pane that, while empty, asks for a network ({@value #NO_PICTURE}). */
    public ActivationsPane() {
        this(NO_PICTURE);
    }

    /** A pane that, while empty, says {@code emptyText} (e.g. what to do to fill it). */
    public ActivationsPane(String emptyText) {
        emptyHint = new Label(emptyText);
        emptyHint.setId("activations-empty-hint");
        emptyHint.setWrapText(true);
        getStyleClass().add("activations-pane");
        getStylesheets().add(Objects.requireNonNull(ActivationsPane.class.getResource("/org/cnnlab/ui/studio/training-studio.css"))
                .toExternalForm());
        cards.setHgap(12);
        cards.setVgap(12);
        cards.setPadding(new Insets(6));
        cards.getStyleClass().add("activation-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("activations-scroll");
        cards.setPrefWrapLength(1);
        cards.setMinWidth(0);
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            cardWidthLimit = Math.max(1, bounds.getWidth() - cards.getPadding().getLeft() - cards.getPadding().getRight());
            shown.forEach(LayerCard::requestLayout);
            emptyHint.setPrefWidth(cardWidthLimit);
        });
        setCenter(scroll);

        Label title = new Label("Output");
        title.getStyleClass().add("studio-section-title");
        Label hint = new Label("softmax: how sure it is of each class");
        hint.getStyleClass().add("studio-hint");
        Tooltip.install(hint, new Tooltip("The last layer turns its scores into probabilities that add up to 100%: "
                + "the longest bar is the network's answer."));
        VBox right = new VBox(6, title, hint, softmax);
        right.setPadding(new Insets(6, 6, 6, 12));
        right.getStyleClass().add("softmax-panel");
        right.setMinWidth(Region.USE_PREF_SIZE);
        setRight(right);
        clear();
    }

    /**
     * Shows each layer's output for one image and the class probabilities.
     *
     * @param layers        every layer's output, in model order; a last layer that only repeats
     *                      {@code probabilities} (the softmax) is shown as the output bars only
     * @param probabilities the softmax output, one per class
     * @param classNames    a name per class
     */
    public void show(List<LayerOutput> layers, float[] probabilities, List<String> classNames) {
        List<LayerOutput> drawn = withoutRepeatedOutput(layers, probabilities);
        List<Structure> wanted = drawn.stream().map(l -> new Structure(l.name(), l.shape())).toList();
        if (!wanted.equals(structure)) {
            shown.clear();
            for (LayerOutput layer : drawn) {
                shown.add(new LayerCard(layer));
            }
            cards.getChildren().setAll(shown);
            structure = wanted;
        }
        for (int i = 0; i < drawn.size(); i++) {
            shown.get(i).update(drawn.get(i));
        }
        softmax.setVisible(true);
        softmax.show(probabilities, classNames);
    }

    /** Empties the pane (no network, or an empty drawing pad). */
    public void clear() {
        shown.clear();
        structure = List.of();
        cards.getChildren().setAll(emptyHint);
        softmax.setVisible(false);
    }

    /** What the pane says while empty. */
    public String emptyText() {
        return emptyHint.getText();
    }

    /** Cards on screen (for tests): one per layer shown. */
    public int layerCount() {
        return shown.size();
    }

    /** The output bars (for tests and for a caller that styles them). */
    public SoftmaxBars softmax() {
        return softmax;
    }

    private static List<LayerOutput> withoutRepeatedOutput(List<LayerOutput> layers, float[] probabilities) {
        if (!layers.isEmpty()) {
            LayerOutput last = layers.get(layers.size() - 1);
            if (!last.shape().isImage() && last.shape().channels() == probabilities.length) {
                return layers.subList(0, layers.size() - 1);
            }
        }
        return layers;
    }

    private record Structure(String name, TensorShape shape) {
    }

    /** One layer: title, shape and range, then its maps or bars; never wider than the pane shows. */
    private final class LayerCard extends VBox {
        private final Label range = new Label();
        private final PixelImage maps;
        private final VectorBars bars;

        LayerCard(LayerOutput layer) {
            getStyleClass().add("activation-card");
            setSpacing(3);
            Label title = new Label(layer.name());
            title.getStyleClass().add("activation-title");
            Label shape = new Label(layer.layer().kerasType() + " " + layer.shape().text());
            shape.getStyleClass().add("studio-hint");
            range.getStyleClass().add("studio-hint");
            for (Label label : List.of(title, shape, range)) {
                label.setWrapText(true);
            }
            getChildren().addAll(title, shape, range);
            if (layer.shape().isImage()) {
                maps = new PixelImage();
                bars = null;
                getChildren().add(maps);
            } else {
                bars = new VectorBars();
                maps = null;
                getChildren().add(bars);
            }
            Tooltip.install(this, new Tooltip(explanation(layer)));
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.min(super.computePrefWidth(height), cardWidthLimit);
        }

        void update(LayerOutput layer) {
            float[] values = layer.values();
            float min = Mosaic.min(values);
            float max = Mosaic.max(values);
            String units = layer.shape().isImage() ? layer.shape().channels() + " maps" : layer.shape().channels() + " units";
            range.setText(units + " · values " + NumberText.compact(min) + " to " + NumberText.compact(max));
            if (maps != null) {
                var mosaic = Mosaic.of(layer);
                maps.show(mosaic, Math.max(0.06, Math.min(0.32, MOSAIC_EM / mosaic.width())));
            } else {
                bars.show(values);
            }
        }

        private static String explanation(LayerOutput layer) {
            LayerSpec spec = Objects.requireNonNull(layer.layer());
            if (spec instanceof LayerSpec.Conv) {
                return "Each tile is one feature map: bright where that filter found its pattern in the image.";
            } else if (spec instanceof LayerSpec.Pool) {
                return "Each map made smaller: every window keeps its strongest (max) or mean (average) value.";
            } else if (spec instanceof LayerSpec.Flatten) {
                return "The maps laid out in one long row, so that dense layers can read them.";
            } else if (spec instanceof LayerSpec.Dense) {
                return "One bar per unit: each unit adds up all its inputs with its own weights.";
            } else if (spec instanceof LayerSpec.Dropout) {
                return "Dropout switches random units off only while training; here it passes everything through.";
            } else if (spec instanceof LayerSpec.BatchNorm) {
                return "Batch normalisation: each map shifted and scaled to a steady mean and spread.";
            }
            return layer.layer().describe();
        }
    }
}
