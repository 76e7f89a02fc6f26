package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {

    @Test
    void writtenPixelsReadBackExactlyAndNoTemporaryFileRemains(@TempDir Path dir) throws IOException {
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFF123456, 0xFFFFFFFF, 0xFF000000};
        Path file = dir.resolve("panel.png");
        Files.writeString(file, "an older file that must be replaced");

        PngExport.writePng(argb, 3, 2, file);

        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(3);
        assertThat(back.getHeight()).isEqualTo(2);
        assertThat(back.getRGB(0, 0, 3, 2, null, 0, 3)).containsExactly(argb);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPixelCountThatDoesNotMatchTheSizeIsRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> PngExport.writePng(new int[5], 3, 2, dir.resolve("x.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 6 pixels");
    }
}
