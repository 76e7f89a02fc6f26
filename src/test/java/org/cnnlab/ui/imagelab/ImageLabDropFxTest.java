package org.cnnlab.ui.imagelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.testsupport.FxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag and drop of a file onto the image lab, with a real drag gesture: a file "icon" in the same
 * window starts a drag carrying the file, as a file manager would, and the robot drops it on the view.
 */
@ExtendWith(ApplicationExtension.class)
@FxTest
class ImageLabDropFxTest {
    private Path image;
    private ImageLabView view;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("imagelab-drop");
        TestImages.textbook(folder);
        try (var files = Files.list(folder)) {
            image = files.findFirst().orElseThrow();
        }
        view = new ImageLabView(new ImageLabViewModel(Decoders.with(new JavaFxImageDecoder()).all()), folder);
        Label fileIcon = new Label("drag me: " + image.getFileName());
        fileIcon.setId("file-icon");
        fileIcon.setOnDragDetected(e -> {
            Dragboard board = fileIcon.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(image.toFile()));
            board.setContent(content);
            e.consume();
        });
        VBox root = new VBox(fileIcon, view);
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    @Test
    void aFileDroppedOnTheImageLabOpens(FxRobot robot) throws Exception {
        robot.drag("#file-icon").dropTo("#metadataTable");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> view.viewModel().fileProperty().get() != null);
        assertThat(view.viewModel().fileProperty().get()).isEqualTo(image);
    }
}
