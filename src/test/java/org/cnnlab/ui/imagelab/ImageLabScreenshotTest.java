package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.testsupport.FxWait;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.ui.controls.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the image lab off screen (the headless screen is smaller than 1080p) at projector sizes with the real sample images and writes
 * {@code target/screenshots/imagelab-<tab>-<size>.png}, so that a person can look at them; the
 * assertions check that every tab rendered at full size.
 */
@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class ImageLabScreenshotTest {
    private static final Path SAMPLES = Path.of(System.getProperty("cnnlab.samples", "sample-images"));
    private static final Path OUT = Path.of("target", "screenshots");

    private ImageLabView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeView() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void everyTabRendersAt720pAndAt1080pWithAProjectorFont(FxRobot robot) throws Exception {
        shoot(robot, 1280, 720, 13, "");
        shoot(robot, 1920, 1080, 20, "-large-font");
        shootCmykComparison(robot);
        shootRefusal(robot);
    }

    /** A file the decoder refuses: the message appears inside the view. */
    private void shootRefusal(FxRobot robot) throws Exception {
        Path tiff = TestImages.threePageTiff(Files.createTempDirectory("imagelab-shot"));
        robot.interact(() -> {
            view.viewModel().decoderProperty().set(view.viewModel().decoders().get(3));
            view.viewModel().open(tiff);
            ((TabPane) view.lookup("#labTabs")).getSelectionModel().select(0);
        });
        FxWait.await(() -> !view.viewModel().errorProperty().get().isEmpty());
        Path file = OUT.resolve("imagelab-refused-1920x1080-large-font.png");
        robot.interact(() -> write(scene, file));
        assertThat(file).exists();
    }

    /** The instructive disagreement: stock ImageIO against TwelveMonkeys on a CMYK JPEG. */
    private void shootCmykComparison(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.viewModel().open(SAMPLES.resolve("chelsea-cmyk.jpg"));
            ((TabPane) view.lookup("#labTabs")).getSelectionModel().select(4);
        });
        FxWait.await(() -> view.viewModel().pairComparisonProperty().get() != null);
        Path file = OUT.resolve("imagelab-compare-cmyk-1920x1080-large-font.png");
        robot.interact(() -> write(scene, file));
        assertThat(file).exists();
    }

    private void shoot(FxRobot robot, int width, int height, int fontPx, String suffix) throws Exception {
        Files.createDirectories(OUT);
        robot.interact(() -> {
            if (view == null) {
                ImageLabViewModel vm = new ImageLabViewModel(Decoders.with(new JavaFxImageDecoder()).all());
                vm.sendToSandboxProperty().set(image -> { });
                view = new ImageLabView(vm, SAMPLES);
                vm.decoderProperty().set(vm.decoders().get(1));
                vm.open(SAMPLES.resolve("chelsea.png"));
            } else {
                scene.setRoot(new javafx.scene.layout.Pane());
            }
            view.setStyle("-fx-font-size: " + fontPx + "px;");
            scene = new Scene(view, width, height);
        });
        FxWait.await(() -> view.viewModel().image() != null);
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        TabPane tabs = (TabPane) view.lookup("#labTabs");
        String size = width + "x" + height + suffix;
        for (String tab : List.of("pixels", "metadata", "grayscale", "channels", "compare")) {
            int index = List.of("pixels", "metadata", "grayscale", "channels", "compare").indexOf(tab);
            robot.interact(() -> {
                tabs.getSelectionModel().select(index);
                view.applyCss();
                view.layout();
            });
            if (tab.equals("pixels")) {
                hoverCentre(robot);
            }
            if (tab.equals("compare")) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> view.viewModel().pairComparisonProperty().get() != null);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Path file = OUT.resolve("imagelab-" + tab + "-" + size + ".png");
            robot.interact(() -> write(scene, file));
            assertThat(file).exists();
        }
    }

    private void hoverCentre(FxRobot robot) {
        robot.interact(() -> {
            PixelCanvas canvas = (PixelCanvas) view.lookup("#pixelCanvas");
            javafx.geometry.Point2D at = canvas.localToScene(canvas.getZoom() * 200.5,
                    canvas.getZoom() * 150.5);
            canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, at.getX(), at.getY(), 0, 0,
                    MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        });
    }

    private static void write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        assertThat((int) image.getWidth()).isEqualTo((int) scene.getWidth());
        Screenshots.write(image, file);
    }
}
