package org.cnnlab.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.engine.ReferenceConvolver;
import org.cnnlab.ui.MainView;
import org.cnnlab.ui.MainViewModel;
import org.cnnlab.ui.Screen;
import org.cnnlab.ui.TruncatedText;
import org.cnnlab.ui.controls.HeadlessScreen;
import org.cnnlab.ui.controls.MapView;
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
 * The sandbox in the main window at 1280x720, the projector's size: nothing the audience must
 * read is cut to "…", the panels fill their area, a new image never leaves old maps on screen, and
 * the keyboard shortcuts work.
 */
@ScreenshotTest
@ExtendWith(ApplicationExtension.class)
class SandboxLayoutFxTest {
    static {
        HeadlessScreen.makeRoomForFullHd();
    }

    /** The most of the panel area the panels may leave empty when they fit without scrolling. */
    private static final double MAX_EMPTY_SHARE = 0.55;

    private SandboxViewModel vm;
    private SandboxView view;
    private MainViewModel mainVm;
    private Stage window;

    @Start
    void start(Stage stage) {
        vm = new SandboxViewModel(ReferenceConvolver::new, javafx.application.Platform::runLater);
        view = new SandboxView(vm, new RecordingFiles());
        mainVm = new MainViewModel();
        MainView main = new MainView(mainVm, List.of(new Screen("sandbox", "Kernel sandbox", "Sandbox",
                "Edit a kernel and watch the feature map change.", () -> view)));
        window = stage;
        stage.setScene(new Scene(main, 1280, 720));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    @AfterEach
    void shutDown(FxRobot robot) {
        robot.interact(() -> {
            vm.shutdown();
            window.hide();
        });
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitCurrentResult() throws TimeoutException {
        await(() -> vm.resultProperty().get() != null && vm.resultProperty().get().spec().equals(vm.currentSpec()));
        settle();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int pass = 0; pass < 3; pass++) {
                window.getScene().getRoot().applyCss();
                window.getScene().getRoot().layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loadColourImage(FxRobot robot, int side) throws TimeoutException {
        FloatPlanes rgb = FloatPlanes.zeros(3, side, side);
        FloatPlanes gray = FloatPlanes.zeros(1, side, side);
        for (int i = 0; i < side * side; i++) {
            rgb.data()[i] = (i * 7) % 256;
            rgb.data()[side * side + i] = (i * 13) % 256;
            rgb.data()[2 * side * side + i] = (i * 3) % 256;
            gray.data()[i] = (i * 11) % 256;
        }
        robot.interact(() -> vm.setImage("synthetic " + side + "x" + side, rgb, gray));
        awaitCurrentResult();
    }

    private void bankOfEight(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            while (vm.addFilter()) {
                vm.applyPreset(KernelPreset.values()[vm.filters().size() % KernelPreset.values().length]);
            }
        });
        awaitCurrentResult();
    }

    /** Leaves a picture of the window in target/screenshots for a person to look at. */
    private void shoot(String situation) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = window.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(image[0], "sandbox-layout-" + situation.replaceAll("[^a-z0-9]+", "-") + ".png");
    }

    /**
     * Every text of the sandbox cut to "…", outside the map panels: the labels inside a
     * {@link MapView} (its range, size and clamp option) belong to that control, which sizes them.
     */
    private List<String> cutTexts(String situation) {
        shoot(situation);
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> TruncatedText.in(view, MapView.class::isInstance)
                .forEach(t -> cut.add(situation + ": " + t)));
        WaitForAsyncUtils.waitForFxEvents();
        return cut;
    }

    @Test
    void atProjectorScaleNoTextIsCutInAnyColourMode(FxRobot robot) throws TimeoutException {
        robot.interact(() -> mainVm.setScale(MainViewModel.PROJECTOR_SCALE));
        loadColourImage(robot, 64);
        List<String> cut = new ArrayList<>(cutTexts("gray"));
        for (ColorMode mode : List.of(ColorMode.RGB, ColorMode.DEPTHWISE)) {
            robot.interact(() -> vm.modeProperty().set(mode));
            awaitCurrentResult();
            for (double position : new double[] {0, 0.5, 1}) {
                robot.interact(() -> ((ScrollPane) view.lookup(".sandbox-left")).setVvalue(position));
                settle();
                cut.addAll(cutTexts(mode.id() + " scrolled to " + position));
            }
        }
        robot.interact(() -> vm.modeProperty().set(ColorMode.GRAY));
        bankOfEight(robot);
        cut.addAll(cutTexts("bank of 8"));
        robot.interact(() -> vm.poolsProperty().set(PoolSelection.BOTH));
        awaitCurrentResult();
        cut.addAll(cutTexts("bank of 8, both pools"));

        assertThat(cut).isEmpty();
    }

    @Test
    void truncatedTextFindsALabelCutShort(FxRobot robot) {
        javafx.scene.control.Label narrow = new javafx.scene.control.Label("a label far too long for its width");
        javafx.scene.layout.Pane holder = new javafx.scene.layout.Pane(narrow);
        narrow.setPrefWidth(60);
        robot.interact(() -> {
            view.setTop(holder);
            holder.applyCss();
            holder.layout();
        });

        assertThat(TruncatedText.in(holder)).singleElement().asString().contains("shown as \"a lab");
    }

    /** Share of the panel area (the centre's viewport) that no panel covers; 1 when nothing fits in view. */
    private double emptyShare() {
        double[] share = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane centre = (ScrollPane) view.lookup(".sandbox-centre");
            Bounds area = centre.localToScene(centre.getLayoutBounds());
            double covered = 0;
            for (MapView panel : view.panelGrid().shownPanels()) {
                Bounds b = panel.localToScene(panel.getLayoutBounds());
                double w = Math.min(b.getMaxX(), area.getMaxX()) - Math.max(b.getMinX(), area.getMinX());
                double h = Math.min(b.getMaxY(), area.getMaxY()) - Math.max(b.getMinY(), area.getMinY());
                covered += Math.max(0, w) * Math.max(0, h);
            }
            share[0] = 1 - covered / (area.getWidth() * area.getHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return share[0];
    }

    private boolean everyPanelInView() {
        boolean[] inView = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane centre = (ScrollPane) view.lookup(".sandbox-centre");
            Bounds area = centre.localToScene(centre.getLayoutBounds());
            inView[0] = view.panelGrid().shownPanels().stream()
                    .allMatch(p -> area.contains(p.localToScene(p.getLayoutBounds())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return inView[0];
    }

    @Test
    void depthwiseAndFilterBankPanelsFillTheAreaWithControlsHidden(FxRobot robot) throws TimeoutException {
        loadColourImage(robot, 64);
        robot.interact(() -> view.controlsHiddenProperty().set(true));
        robot.interact(() -> vm.modeProperty().set(ColorMode.DEPTHWISE));
        awaitCurrentResult();
        assertThat(everyPanelInView()).as("every depthwise panel in view").isTrue();
        assertThat(emptyShare()).as("empty share, depthwise").isLessThan(MAX_EMPTY_SHARE);

        robot.interact(() -> vm.modeProperty().set(ColorMode.GRAY));
        bankOfEight(robot);
        assertThat(view.panelGrid().shownPanels()).hasSize(1 + 8 * 3);
        assertThat(everyPanelInView()).as("all 8 filters in view").isTrue();
        assertThat(emptyShare()).as("empty share, 8 filters").isLessThan(MAX_EMPTY_SHARE);
    }

    @Test
    void oneFilterFillsTheAreaAtProjectorScaleAndOnAFullHdScreen(FxRobot robot) throws TimeoutException {
        robot.interact(() -> mainVm.setScale(MainViewModel.PROJECTOR_SCALE));
        loadColourImage(robot, 64);

        assertThat(everyPanelInView()).isTrue();
        assertThat(emptyShare()).as("empty share, projector").isLessThan(MAX_EMPTY_SHARE);

        robot.interact(() -> {
            mainVm.setScale(1);
            window.setWidth(1920);
            window.setHeight(1080);
        });
        settle();
        assertThat(emptyShare()).as("empty share, 1920x1080").isLessThan(MAX_EMPTY_SHARE);
    }

    private Point2D titleOf(MapView panel) {
        Node title = panel.lookup(".map-title");
        Bounds b = title.localToScreen(title.getLayoutBounds());
        return new Point2D(b.getMinX() + 5, b.getCenterY());
    }

    @Test
    void doubleClickingAPanelTitleMaximisesItAndEscapeShowsAllAgain(FxRobot robot) throws TimeoutException {
        loadColourImage(robot, 64);
        MapView conv = view.panel(0, 0, PipelineStage.CONV).orElseThrow();
        double before = conv.getWidth();

        robot.moveTo(titleOf(conv)).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        settle();

        assertThat(view.panelGrid().maximisedProperty().get()).isSameAs(conv);
        assertThat(conv.getWidth()).isGreaterThan(2 * before);
        assertThat(view.inputPanel().isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(view.panelGrid().maximisedProperty().get()).isNull();
        assertThat(view.inputPanel().isVisible()).isTrue();
        assertThat(conv.getWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aNewImageTheKernelDoesNotFitReplacesThePanelsWithTheReason(FxRobot robot) throws TimeoutException {
        loadColourImage(robot, 64);
        robot.interact(() -> vm.kernelProperty().set(Kernel.identity(8)));
        awaitCurrentResult();
        robot.interact(() -> view.pinPixel(0, PipelineStage.CONV, 50, 50));
        assertThat(view.mathText()).contains("rows 50–57");

        robot.interact(() -> vm.setImage("textbook 6x6", null, SandboxViewModelTest.textbookImage()));
        await(() -> !vm.errorMessageProperty().get().isEmpty());
        settle();

        Labeled message = robot.lookup("#panels-message").queryLabeled();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("8x8");
        assertThat(view.panel(0, 0, PipelineStage.CONV)).isEmpty();
        assertThat(view.mathText()).isEqualTo(ProbeState.HINT);
        assertThat(view.inputPanel().mapHeight()).isEqualTo(6);
        assertThat(cutTexts("after the error")).isEmpty();
    }

    @Test
    void ctrlZUndoesAPresetAndCtrlShiftZAndCtrlYRedoIt(FxRobot robot) throws TimeoutException {
        loadColourImage(robot, 16);
        Kernel before = vm.kernelProperty().get();
        robot.interact(() -> vm.applyPreset(KernelPreset.SHARPEN));
        robot.clickOn("#kernel-cell-0-0");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.kernelProperty().get()).isEqualTo(before);
        assertThat(view.kernelEditor().getKernel()).isEqualTo(before);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.SHARPEN.kernel());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.kernelProperty().get()).isEqualTo(KernelPreset.SHARPEN.kernel());
    }

    @Test
    void theArithmeticBoxesGrowWithTheAreaAndKeepTheirWidthsWhileHovering(FxRobot robot) throws TimeoutException {
        loadColourImage(robot, 64);
        ScrollPane mathScroll = (ScrollPane) view.lookup("#pixel-math-scroll");
        double shortHeight = mathScroll.getHeight();
        double mathWidth = mathScroll.getWidth();
        SplitPane work = (SplitPane) view.getCenter();

        robot.interact(() -> work.setDividerPositions(0.35));
        settle();
        assertThat(mathScroll.getHeight()).isGreaterThan(shortHeight + 100);

        robot.interact(() -> view.pinPixel(0, PipelineStage.CONV, 3, 3));
        settle();
        double afterOne = mathScroll.getWidth();
        robot.interact(() -> view.pinPixel(-1, PipelineStage.INPUT, 30, 2));
        settle();
        assertThat(mathScroll.getWidth()).isEqualTo(afterOne).isEqualTo(mathWidth);
    }
}
