package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.testsupport.FxTest;
import org.cnnlab.testsupport.FxWait;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
@FxTest
class ImageLabDownsampleViewTest {
    private ImageLabView view;
    private Path big;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("imagelab-large");
        big = TestImages.ramp(folder, "wide.png", "png", 200, 100);
        ImageLabViewModel viewModel = new ImageLabViewModel(Decoders.with(new JavaFxImageDecoder()).all(),
                new DaemonTaskExecutor("test-decode", DaemonTaskExecutor.UNBOUNDED),
                DecodeOptions.defaults().withMaxMegapixels(0.005));
        view = new ImageLabView(viewModel, folder);
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    @Test
    void anImageOverTheLimitIsRefusedInsideTheViewAndOpensDownsampledOnRequest(FxRobot robot) throws Exception {
        robot.clickOn("wide.png");
        FxWait.await(() -> !view.viewModel().errorProperty().get().isEmpty());

        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).contains("200x100");
        Button downsample = robot.lookup("#downsampleButton").queryButton();
        assertThat(downsample.isVisible()).isTrue();

        robot.clickOn(downsample);
        FxWait.await(() -> view.viewModel().image() != null);

        assertThat(view.viewModel().image().width()).isEqualTo(100);
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).startsWith("Warning: ")
                .containsIgnoringCase("downsampl");
        assertThat(downsample.isVisible()).isFalse();
        assertThat(view.viewModel().fileProperty().get()).isEqualTo(big);
    }
}
