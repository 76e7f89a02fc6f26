package org.cnnlab.ui.studio;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.cnnlab.ui.controls.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Test support for the studio panels: the app's theme, a 1280x720 window, waiting, and PNG screenshots. */
public final class StudioScreenshots {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    private StudioScreenshots() {
    }

    /** Shows {@code view} alone in {@code stage} at 1280x720 with the app's light theme and base font size. */
    public static Scene show(Stage stage, Parent view) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view.setStyle("-fx-font-size: 14px;");
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        stage.setX(0);
        stage.setY(0);
        // TestFX shares one stage between test classes: an earlier test may have sized it explicitly.
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Like {@link #save}, with the root's font at projector size (20px), then back to the base size. */
    public static int saveAtProjectorScale(FxRobot robot, Scene scene, String name) throws IOException {
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 20px;"));
        WaitForAsyncUtils.waitForFxEvents();
        int width = save(robot, scene, name);
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 14px;"));
        WaitForAsyncUtils.waitForFxEvents();
        return width;
    }

    /** Writes the scene as it is now to {@code target/screenshots/name}; returns the image's width. */
    public static int save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image[0] = scene.snapshot(null);
        });
        Screenshots.write(image[0], name);
        return (int) image[0].getWidth();
    }
}
