package org.cnnlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CanvasRegionFxTest {
    private final String themeBefore = Application.getUserAgentStylesheet();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Group(), 10, 10));
    }

    @AfterEach
    void restoreTheme(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(themeBefore));
    }

    private static CanvasRegion styled(boolean withAppStylesheet) {
        CanvasRegion region = new ColorBar();
        Scene scene = new Scene(new Group(region));
        if (withAppStylesheet) {
            scene.getStylesheets().add(Objects.requireNonNull(CanvasRegionFxTest.class.getResource("/org/cnnlab/ui/app.css"))
                    .toExternalForm());
        }
        region.applyCss();
        return region;
    }

    @Test
    void withoutAThemeACanvasKeepsItsLightColours(FxRobot robot) {
        CanvasRegion[] region = new CanvasRegion[1];
        robot.interact(() -> region[0] = styled(false));
        assertThat(region[0].canvasBackgroundProperty().get()).isEqualTo(Color.web("#fafafa"));
        assertThat(region[0].canvasInkProperty().get()).isEqualTo(Color.gray(0.35));
    }

    @Test
    void theDarkThemeReachesTheCanvasBackgroundAndInk(FxRobot robot) {
        CanvasRegion[] region = new CanvasRegion[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            region[0] = styled(true);
        });
        assertThat(region[0].canvasBackgroundProperty().get()).isEqualTo(Color.web("#161b22"));
        assertThat(region[0].canvasInkProperty().get()).isEqualTo(Color.web("#8b949e"));
    }
}
