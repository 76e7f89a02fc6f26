package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.testsupport.FxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@FxTest
class ImageLabViewTest {
    private Path folder;
    private ImageLabView view;

    @Start
    void start(Stage stage) {
        try {
            folder = Files.createTempDirectory("imagelab-view");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestImages.primaries(folder);
        TestImages.textbook(folder);
        TestImages.empty(folder, "zero-bytes.png");
        TestImages.threePageTiff(folder);
        ImageLabViewModel viewModel = new ImageLabViewModel(Decoders.with(new JavaFxImageDecoder()).all());
        view = new ImageLabView(viewModel, folder);
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String metadataValue(FxRobot robot, String property) {
        TableView<MetadataRow> table = robot.lookup("#metadataTable").queryTableView();
        return table.getItems().stream().filter(r -> r.property().equals(property)).findFirst()
                .map(MetadataRow::value).orElse("");
    }

    private void pickSample(FxRobot robot, String name) throws TimeoutException {
        ListView<Path> gallery = robot.lookup("#sampleGallery").queryListView();
        assertThat(gallery.getItems()).extracting(p -> p.getFileName().toString()).contains(name);
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getItem() instanceof Path file && file.getFileName().toString().equals(name))
                .<javafx.scene.control.ListCell<?>>query());
        waitUntil(() -> view.viewModel().fileProperty().get() != null
                && view.viewModel().fileProperty().get().getFileName().toString().equals(name)
                && !view.viewModel().busyProperty().get());
    }

    private void chooseDecoder(FxRobot robot, String id) throws TimeoutException {
        ComboBox<ImageDecoder> box = robot.lookup("#decoderBox").queryComboBox();
        ImageDecoder decoder = box.getItems().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
        robot.clickOn(box);
        robot.clickOn(decoder.displayName());
        waitUntil(() -> view.viewModel().image() != null && view.viewModel().image().decoder().equals(decoder.displayName()));
    }

    @Test
    void pickingASampleFromTheGalleryShowsItsMetadata(FxRobot robot) throws Exception {
        pickSample(robot, "primaries.png");
        robot.clickOn("Metadata");

        assertThat(metadataValue(robot, "width")).isEqualTo("4 px");
        assertThat(metadataValue(robot, "height")).isEqualTo("3 px");
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).isEqualTo("primaries.png");
    }

    @Test
    void switchingToOpenCvShowsBgrAndHoveringAPixelReadsItsValuesInThatOrder(FxRobot robot) throws Exception {
        pickSample(robot, "primaries.png");
        chooseDecoder(robot, "opencv");

        assertThat(metadataValue(robot, "channel order")).isEqualTo("BGR (B, G, R)");
        PixelCanvas image = robot.lookup("#pixelCanvas").queryAs(PixelCanvas.class);
        double zoom = robot.lookup("#pixelCanvas").queryAs(PixelCanvas.class).getZoom();
        robot.moveTo(image.localToScreen(new Point2D(zoom * 0.5, zoom * 0.5)));
        WaitForAsyncUtils.waitForFxEvents();

        String text = robot.lookup("#inspectorLabel").queryAs(Label.class).getText();
        assertThat(text.lines()).containsExactly("x 0, y 0", "B         0  →  0.000", "G         0  →  0.000",
                "R       255  →  1.000");
    }

    @Test
    void theJavaFxDecoderReadsAGreenPixelAsOpaqueArgb(FxRobot robot) throws Exception {
        pickSample(robot, "primaries.png");
        chooseDecoder(robot, "javafx");
        PixelCanvas canvas = robot.lookup("#pixelCanvas").queryAs(PixelCanvas.class);
        double zoom = canvas.getZoom();
        robot.moveTo(canvas.localToScreen(new Point2D(zoom * 1.5, zoom * 0.5)));
        WaitForAsyncUtils.waitForFxEvents();

        String text = robot.lookup("#inspectorLabel").queryAs(Label.class).getText();
        assertThat(text.lines()).containsExactly("x 1, y 0", "A       255  →  1.000", "R         0  →  0.000",
                "G       255  →  1.000", "B         0  →  0.000");
    }

    @Test
    void theCompareTabDecodesWithEveryDecoderAndExplainsTheChannelOrder(FxRobot robot) throws Exception {
        pickSample(robot, "primaries.png");
        robot.clickOn("Compare decoders");
        waitUntil(() -> view.viewModel().comparison().size() == 4 && view.viewModel().pairComparisonProperty().get() != null);

        TableView<ComparePane.Property> table = robot.lookup("#compareTable").queryTableView();
        assertThat(view.viewModel().comparison()).extracting(o -> o.decoder().id())
                .containsExactly("imageio", "twelvemonkeys", "opencv", "javafx");
        ComparePane.Property decoder = table.getItems().get(0);
        assertThat(table.getColumns().subList(1, 5)).extracting(c -> (Object) c.getCellData(decoder))
                .containsExactlyElementsOf(view.viewModel().comparison().stream().map(DecoderOutcome::name).toList());
        ComparePane.Property order = table.getItems().stream().filter(p -> p.name().equals("Channel order")).findFirst()
                .orElseThrow();
        assertThat(table.getColumns().subList(1, 5)).extracting(c -> (Object) c.getCellData(order))
                .containsExactly("RGB", "RGB", "BGR", "ARGB");
        String headline = robot.lookup("#compareHeadline").queryAs(Label.class).getText();
        assertThat(headline).contains("stores BGR: channel 0 is blue");
        assertThat(robot.lookup("#alignedDifference").queryAs(Label.class).getText()).endsWith("0.0000 (0/255)");
    }

    @Test
    void aZeroByteFileShowsAMessageInsideTheView(FxRobot robot) throws Exception {
        pickSample(robot, "zero-bytes.png");

        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        assertThat(message.getParent().isVisible()).isTrue();
        assertThat(message.getText()).startsWith("This file is empty (0 bytes)");
        assertThat(robot.lookup("#downsampleButton").queryButton().isVisible()).isFalse();
    }

    @Test
    void theGrayscaleTabShowsTheLargestDifferenceBetweenMethods(FxRobot robot) throws Exception {
        pickSample(robot, "primaries.png");
        robot.clickOn("Grayscale");
        WaitForAsyncUtils.waitForFxEvents();

        // Pure green: 0.587·255 (Rec. 601) − 0.7152·255 (BT.709) = −32.69, the largest gap of any pixel here.
        String summary = robot.lookup("#grayscaleSummary").queryAs(Label.class).getText();
        assertThat(summary).isEqualTo("max |luma (Rec. 601) − BT.709| = 32.69 of 255");
        assertThat(robot.lookup("#labTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Grayscale");
    }

    @Test
    void theFramePickerAppearsForAMultiPageTiffAndShowsTheNextPage(FxRobot robot) throws Exception {
        pickSample(robot, "three-pages.tif");
        javafx.scene.control.Spinner<?> pages = robot.lookup("#pageSpinner").queryAs(javafx.scene.control.Spinner.class);
        assertThat(pages.isVisible()).isTrue();

        robot.clickOn(pages.lookup(".increment-arrow-button"));
        waitUntil(() -> view.viewModel().image() != null && view.viewModel().image().page() == 1);

        assertThat(view.viewModel().inspect(0, 0).channels().get(0).raw()).isEqualTo(100f);
        assertThat(metadataValue(robot, "pages")).isEqualTo("page 2 of 3");
    }
}
