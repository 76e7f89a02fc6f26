package org.cnnlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "china.jpg, JPEG", "chelsea.png, PNG", "moving-square.gif, GIF", "chelsea.bmp, BMP",
        "multipage.tif, TIFF", "chelsea.webp, WebP", "chelsea.psd, PSD", "chelsea.ppm, PNM", "coins.pgm, PNM",
        "chelsea.ico, ICO", "shapes.svg, SVG"})
    void theFirstBytesRevealTheFormat(String file, String format) throws IOException {
        FileKind kind = FormatSniffer.sniff(TestImages.sample(file));
        assertThat(kind.image()).isTrue();
        assertThat(kind.format()).isEqualTo(format);
    }

    @Test
    void anUncompressedTgaIsNotMistakenForAnIcon() throws IOException {
        FileKind kind = FormatSniffer.sniff(TestImages.sample("chelsea.tga"));
        assertThat(kind.format()).isNotEqualTo("ICO");
    }

    @Test
    void theContentWinsOverTheExtension() throws IOException {
        assertThat(FormatSniffer.sniff(TestImages.fixture("jpeg-named.png")).format()).isEqualTo("JPEG");
        assertThat(FormatSniffer.formatForExtension(TestImages.fixture("jpeg-named.png"))).isEqualTo("PNG");
    }

    @Test
    void nonImagesAreNamed() throws IOException {
        assertThat(FormatSniffer.sniff(TestImages.fixture("text-named.png")).description()).isEqualTo("a text file");
        assertThat(FormatSniffer.sniff(TestImages.fixture("pdf-named.jpg")).description()).isEqualTo("a PDF document");
        assertThat(FormatSniffer.sniff(new byte[0]).description()).isEqualTo("an empty file (0 bytes)");
        assertThat(FormatSniffer.sniff("<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)).description())
                .contains("web page");
        assertThat(FormatSniffer.sniff(new byte[] {'P', 'K', 3, 4, 0, 0}).description()).contains("ZIP");
    }

    @Test
    void textWithAccentsIsStillText() {
        byte[] text = "Grüße aus Zürich, ça va ?\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FormatSniffer.sniff(text).description()).isEqualTo("a text file");
    }

    @Test
    void theExtensionIsReadCaseInsensitively() {
        assertThat(FormatSniffer.formatForExtension(Path.of("CAT.JPG"))).isEqualTo("JPEG");
        assertThat(FormatSniffer.formatForExtension(Path.of("noextension"))).isNull();
    }
}
