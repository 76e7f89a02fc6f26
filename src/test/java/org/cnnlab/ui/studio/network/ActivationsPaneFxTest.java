package org.cnnlab.ui.studio.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.ShapedLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class ActivationsPaneFxTest {
    private ActivationsPane pane;

    @Start
    void start(Stage stage) {
        pane = new ActivationsPane();
        stage.setWidth(900);
        stage.setHeight(600);
        stage.setScene(new Scene(pane, 900, 600));
        stage.show();
    }

    @Test
    void everyLayerGetsACardAndTheSoftmaxLayerIsShownAsTheOutputBars(FxRobot robot) {
        List<LayerOutput> layers = outputs("lenet5", 0);
        robot.interact(() -> pane.show(layers, probabilities(), DatasetId.FASHION_MNIST.classNames()));
        // 8 LeNet-5 layers; the last (10-unit softmax) repeats the probabilities
        assertThat(pane.layerCount()).isEqualTo(7);
        assertThat(pane.softmax().shownPercents()).containsExactly("0.0%", "0.0%", "0.0%", "0.0%", "0.0%", "25.0%", "0.0%",
                "75.0%", "0.0%", "0.0%");
        robot.interact(() -> org.cnnlab.ui.controls.Screenshots.write(pane.getScene().snapshot(null),
                "studio-activations-900x600.png"));
    }

    @Test
    void aNewPictureOfTheSameNetworkReusesTheCards(FxRobot robot) {
        robot.interact(() -> pane.show(outputs("lenet5", 0), probabilities(), DatasetId.MNIST.classNames()));
        List<Node> before = new ArrayList<>(cards().getChildren());
        robot.interact(() -> pane.show(outputs("lenet5", 5), probabilities(), DatasetId.MNIST.classNames()));
        assertThat(cards().getChildren()).containsExactlyElementsOf(before);

        robot.interact(() -> pane.show(outputs("dense-baseline", 0), probabilities(), DatasetId.MNIST.classNames()));
        assertThat(pane.layerCount()).isEqualTo(2);
        robot.interact(pane::clear);
        assertThat(pane.layerCount()).isZero();
    }

    @Test
    void inANarrowPaneTheCardTextsWrapInsteadOfBeingCutOff(FxRobot robot) {
        robot.interact(() -> {
            pane.show(outputs("lenet5", 0), probabilities(), DatasetId.MNIST.classNames());
            pane.getScene().getWindow().setWidth(640);
            pane.setStyle("-fx-font-size: 20px");
        });
        robot.interact(() -> pane.layout());
        ScrollPane scroll = (ScrollPane) pane.lookup(".activations-scroll");
        double visible = scroll.getViewportBounds().getWidth();
        for (Node card : cards().getChildren()) {
            Region region = (Region) card;
            assertThat(region.getLayoutX() + region.getWidth()).as("right edge of a card").isLessThanOrEqualTo(visible);
        }
        Label poolShape = (Label) cards().getChildren().get(1).lookupAll(".studio-hint").iterator().next();
        assertThat(poolShape.getText()).startsWith("AveragePooling2D");
        assertThat(poolShape.getHeight()).as("two lines").isGreaterThan(1.5 * poolShape.getFont().getSize());
    }

    private FlowPane cards() {
        return (FlowPane) pane.lookup(".activation-cards");
    }

    private static float[] probabilities() {
        float[] p = new float[10];
        p[7] = 0.75f;
        p[5] = 0.25f;
        return p;
    }

    private static List<LayerOutput> outputs(String model, int shift) {
        List<LayerOutput> layers = new ArrayList<>();
        for (ShapedLayer layer : ModelZoo.byName(model).orElseThrow().spec().shapedLayers()) {
            float[] values = new float[(int) layer.output().elementCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((i + shift) % 9) - 3;
            }
            layers.add(new LayerOutput(layer.name(), layer.layer(), layer.output(), values));
        }
        return layers;
    }
}
