package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnnlab.testsupport.FxWait.await;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.engine.ReferenceConvolver;
import org.cnnlab.testsupport.ScreenshotTest;
import org.cnnlab.ui.controls.HeadlessScreen;
import org.cnnlab.ui.controls.MapView;
import org.cnnlab.ui.controls.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@ScreenshotTest
class SandboxViewFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    private SandboxViewModel vm;
    private SandboxView view;
    private RecordingFiles files;
    private Scene scene;
    private javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) {
        vm = new SandboxViewModel(ReferenceConvolver::new, javafx.application.Platform::runLater);
        files = new RecordingFiles();
        view = new SandboxView(vm, files);
        scene = new Scene(view, 1280, 720);
        window = stage;
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void shutDown(FxRobot robot) {
        robot.interact(() -> {
            vm.shutdown();
            window.hide();
        });
    }

    private void loadTextbook(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.setImage("textbook 6x6", null, SandboxViewModelTest.textbookImage()));
        await(() -> vm.resultProperty().get() != null && vm.resultProperty().get().spec().equals(vm.currentSpec()));
    }

    private MapView conv() {
        return view.panel(0, 0, PipelineStage.CONV).orElseThrow();
    }

    @Test
    void typingIntoAKernelCellChangesTheKernelAndTheFeatureMap(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        assertThat(conv().valueAt(0, 0)).isEqualTo(0f);

        robot.clickOn("#kernel-cell-0-0");
        robot.interact(() -> view.kernelEditor().cell(0, 0).selectAll());
        robot.write("2");

        await(() -> conv().hasMap() && conv().valueAt(0, 0) == 10f);
        // [[2,0,-1],[1,0,-1],[1,0,-1]] on three columns of 10: 20 + 10 + 10 − 30 = 10
        assertThat(vm.kernelProperty().get().get(0, 0)).isEqualTo(2f);
        assertThat(conv().valueAt(0, 1)).isEqualTo(40f);
    }

    @Test
    void anInvalidCellIsMarkedAndTheLastValidKernelStays(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        // typing "1,5" passes through "1", a valid kernel; the comma then makes the cell invalid
        Kernel lastValid = vm.kernelProperty().get().with(1, 1, 1f);

        robot.clickOn("#kernel-cell-1-1");
        robot.interact(() -> view.kernelEditor().cell(1, 1).selectAll());
        robot.write("1,5");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.kernelEditor().isCellInvalid(1, 1)).isTrue();
        assertThat(view.kernelEditor().cell(1, 1).getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("invalid"));
        assertThat(view.kernelEditor().messageProperty().get()).contains("decimal comma").contains("last valid kernel");
        assertThat(vm.kernelProperty().get()).isEqualTo(lastValid);
    }

    @Test
    void paddingAndPoolingComboBoxesChangeThePanels(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        assertThat(conv().mapHeight()).isEqualTo(4);
        robot.interact(() -> ((javafx.scene.control.ScrollPane) view.lookup(".sandbox-left")).setVvalue(1));

        robot.clickOn("#padding");
        robot.clickOn("same");
        await(() -> conv().hasMap() && conv().mapHeight() == 6);
        assertThat(robot.lookup("#formula").queryLabeled().getText()).contains("floor((6 + 2·1 − 3) / 1) + 1 = 6");

        robot.clickOn("#pooling");
        robot.clickOn("max and average");
        await(() -> view.panel(0, 0, PipelineStage.AVERAGE_POOL).isPresent());
        assertThat(vm.poolsProperty().get()).isEqualTo(PoolSelection.BOTH);
        MapView avg = view.panel(0, 0, PipelineStage.AVERAGE_POOL).orElseThrow();
        MapView max = view.panel(0, 0, PipelineStage.MAX_POOL).orElseThrow();
        assertThat(avg.mapHeight()).isEqualTo(3);
        // same padding, textbook kernel: ReLU map row = 0 30 30 0 0 0 at the interior; its first 2x2 pool window
        // holds 20, 30 (top row is zero-padded: 20 = 10+10 from two rows) ...
        assertThat(max.valueAt(0, 1)).isEqualTo(Math.max(Math.max(conv().valueAt(0, 2), conv().valueAt(0, 3)),
                Math.max(conv().valueAt(1, 2), conv().valueAt(1, 3))));
    }

    @Test
    void theContrastStretchButtonStretchesTheInputPanel(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        assertThat(view.inputPanel().contrastStretchProperty().get()).isFalse();
        robot.clickOn("#input-contrast-stretch");
        assertThat(view.inputPanel().contrastStretchProperty().get()).isTrue();
    }

    @Test
    void hoveringAnOutputPixelWritesOutItsSum(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        Node surface = conv().lookup(".map-surface");
        Bounds b = surface.localToScreen(surface.getBoundsInLocal());
        double side = Math.min(b.getWidth(), b.getHeight());
        double left = b.getMinX() + (b.getWidth() - side) / 2;
        double top = b.getMinY() + (b.getHeight() - side) / 2;
        // pixel (1, 1) of the 4x4 map
        robot.moveTo(new javafx.geometry.Point2D(left + side * 1.5 / 4, top + side * 1.5 / 4));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.mathText())
                .contains("Output pixel (1, 1) reads input rows 1–3, columns 1–3")
                .contains("10·1 + 10·0 + 0·(-1) + 10·1 + 10·0 + 0·(-1) + 10·1 + 10·0 + 0·(-1) = 30")
                .contains("ReLU(30) = 30");
        assertThat(view.inputPanel().highlights()).anyMatch(h -> h.top() == 1 && h.left() == 1 && h.bottom() == 3 && h.right() == 3);
    }

    @Test
    void pastingAKernelFromTheClipboardReplacesTheKernel(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("0\t1\t0\n1\t-4\t1\n0\t1\t0\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#kernel-cell-0-0");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        await(() -> vm.resultProperty().get().spec().filters().get(0).kernel(0)
                .equals(Kernel.of(new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}})));
        assertThat(view.kernelEditor().cell(1, 1).getText()).isEqualTo("-4");
    }

    @Test
    void exportingAPanelHandsItsValuesToTheFilesAndShowsFailuresAsASentence(FxRobot robot) throws TimeoutException {
        loadTextbook(robot);
        robot.rightClickOn(conv().lookup(".map-surface"));
        robot.clickOn("Export values as .npy…");
        assertThat(files.calls).containsExactly("npy filter1-conv");
        assertThat(files.lastMap.shapeText()).isEqualTo("4x4");
        assertThat(view.statusText()).isEqualTo("exported filter1-conv.npy");

        files.failure = "The folder is read-only; choose another folder.";
        robot.clickOn("#save-kernels");
        assertThat(view.statusText()).isEqualTo("The folder is read-only; choose another folder.");
    }

    @Test
    void screenshotsAtLaptopAndProjectorSizes(FxRobot robot) throws Exception {
        FloatPlanes rgb = syntheticRgb();
        FloatPlanes gray = syntheticGray();
        robot.interact(() -> {
            vm.setImage("synthetic 64x64", rgb, gray);
            vm.poolsProperty().set(PoolSelection.BOTH);
            vm.debugOverlayProperty().set(true);
        });
        await(() -> vm.resultProperty().get() != null && vm.resultProperty().get().spec().equals(vm.currentSpec()));
        robot.interact(() -> view.pinPixel(0, PipelineStage.CONV, 15, 20));
        snapshot(robot, 1280, 720, null, "sandbox-1280x720.png");
        snapshot(robot, 1280, 720, "-fx-font-size: 20px;", "sandbox-1280x720-projector-font.png");

        robot.interact(() -> {
            vm.addFilter();
            vm.kernelProperty().set(org.cnnlab.engine.KernelPreset.SOBEL_Y.kernel());
        });
        await(() -> vm.resultProperty().get().spec().equals(vm.currentSpec()));
        assertThat(view.panel(1, 0, PipelineStage.AVERAGE_POOL)).isPresent();
        assertThat(view.globalAverageTexts()).hasSize(2);
        snapshot(robot, 1920, 1080, "-fx-font-size: 18px;", "sandbox-1920x1080-bank.png");

        robot.interact(() -> vm.kernelProperty().set(Kernel.random(11, 7)));
        await(() -> vm.resultProperty().get().spec().equals(vm.currentSpec()));
        snapshot(robot, 1280, 720, "", "sandbox-1280x720-11x11.png");

        robot.interact(() -> vm.setImage("tiny 8x8", null, FloatPlanes.zeros(1, 8, 8)));
        await(() -> !vm.errorMessageProperty().get().isEmpty());
        // a new image the kernel does not fit: the panel area says why instead of showing old maps
        assertThat(robot.lookup("#panels-message").queryLabeled().isVisible()).isTrue();
        snapshot(robot, 1280, 720, "", "sandbox-1280x720-error.png");
    }

    @Test
    void depthwiseModeShowsOneRowPerChannelAndZoomedPanelsWriteTheirValues(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.setImage("synthetic 64x64", syntheticRgb(), syntheticGray());
            vm.modeProperty().set(org.cnnlab.engine.ColorMode.DEPTHWISE);
        });
        await(() -> vm.resultProperty().get() != null && vm.resultProperty().get().spec().equals(vm.currentSpec()));

        assertThat(view.panel(0, 2, PipelineStage.CONV)).isPresent();
        assertThat(view.globalAverageTexts()).hasSize(3);
        robot.interact(() -> view.panel(0, 1, PipelineStage.CONV).orElseThrow().zoomTo(40, 15, 15));
        assertThat(view.panel(0, 1, PipelineStage.CONV).orElseThrow().showsValues()).isTrue();
        robot.interact(() -> view.pinPixel(1, PipelineStage.CONV, 15, 15));
        assertThat(view.mathText()).contains("filter 1 G: ").contains("G only: ");
        snapshot(robot, 1280, 720, null, "sandbox-1280x720-depthwise-zoomed.png");
    }

    @Test
    void everyResultRecordsOneEditToRepaintLatency(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.setImage("128", null, FloatPlanes.zeros(1, 128, 128)));
        await(() -> vm.resultProperty().get() != null);
        int before = vm.latency().count();
        for (int i = 1; i <= 10; i++) {
            float weight = i;
            robot.interact(() -> vm.kernelProperty().set(Kernel.of(1, 1, weight)));
            await(() -> vm.resultProperty().get().spec().equals(vm.currentSpec()));
        }
        assertThat(vm.latency().count()).isEqualTo(before + 10);
        assertThat(vm.latency().percentileMillis(95)).isPositive();
    }

    private static FloatPlanes syntheticRgb() {
        FloatPlanes rgb = FloatPlanes.zeros(3, 64, 64);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                boolean square = y >= 16 && y < 48 && x >= 16 && x < 48;
                boolean checker = ((x / 8) + (y / 8)) % 2 == 0;
                rgb.set(0, y, x, square ? 240 : checker ? 90 : 30);
                rgb.set(1, y, x, square ? 200 : checker ? 120 : 40);
                rgb.set(2, y, x, square ? 60 : checker ? 160 : 70);
            }
        }
        return rgb;
    }

    private static FloatPlanes syntheticGray() {
        FloatPlanes rgb = syntheticRgb();
        FloatPlanes gray = FloatPlanes.zeros(1, 64, 64);
        for (int i = 0; i < gray.planeSize(); i++) {
            gray.data()[i] = 0.299f * rgb.data()[i] + 0.587f * rgb.data()[4096 + i] + 0.114f * rgb.data()[8192 + i];
        }
        return gray;
    }

    /**
     * Renders the view in a scene of {@code width x height} outside any window (so the size does not
     * depend on the headless screen) and writes it to {@code target/screenshots/name}.
     */
    private void snapshot(FxRobot robot, int width, int height, String rootStyle, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.setStyle(rootStyle);
            scene.setRoot(new javafx.scene.layout.Region());
            Scene offscreen = new Scene(view, width, height);
            for (int pass = 0; pass < 3; pass++) {
                view.applyCss();
                view.layout();
            }
            image[0] = offscreen.snapshot(null);
            offscreen.setRoot(new javafx.scene.layout.Region());
            scene.setRoot(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(image[0], name);
        assertThat((int) image[0].getWidth()).isEqualTo(width);
    }
}
