package org.cnnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    static Path folder;
    static Path textbook;

    @BeforeAll
    static void writeTheTextbookImage() throws Exception {
        System.setProperty("cnnlab.home", folder.resolve("home").toString());
        BufferedImage image = new BufferedImage(6, 6, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 3; x++) {
                image.getRaster().setSample(x, y, 0, 10);
            }
        }
        textbook = folder.resolve("textbook.png");
        ImageIO.write(image, "png", textbook.toFile());
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CnnLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static float[] npyValues(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, bytes.length - 10 - headerLength).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[data.remaining() / 4];
        data.asFloatBuffer().get(values);
        return values;
    }

    @Test
    void convolveWritesTheTextbookFeatureMapActivationAndPool() throws Exception {
        Path out = folder.resolve("out-textbook");
        Run run = run("convolve", "--image", textbook.toString(), "--kernel", "1,0,-1;1,0,-1;1,0,-1", "--engine", "java",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(npyValues(out.resolve("conv.npy"))).containsExactly(
                0, 30, 30, 0, 0, 30, 30, 0, 0, 30, 30, 0, 0, 30, 30, 0);
        assertThat(npyValues(out.resolve("pool.npy"))).containsExactly(30, 30, 30, 30);
        assertThat(out.resolve("conv.png")).exists();
        assertThat(out.resolve("activation.png")).exists();
        assertThat(run.out()).contains("conv.npy").contains("4x4").contains("50.0%");
    }

    @Test
    void rgbModeWithAPresetSumsThreeChannelsIntoOneMap() throws Exception {
        Path out = folder.resolve("out-rgb");
        Run run = run("convolve", "--image", textbook.toString(), "--preset", "identity", "--mode", "rgb",
                "--padding", "same", "--pool", "none", "--activation", "none", "--engine", "reference", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        float[] conv = npyValues(out.resolve("conv.npy"));
        assertThat(conv).hasSize(36);
        assertThat(conv[0]).isEqualTo(30f);
        assertThat(conv[5]).isZero();
        assertThat(out.resolve("pool.npy")).doesNotExist();
    }

    @Test
    void aMissingImageExitsWithTwoAndOneLineOnStderr() {
        Run run = run("convolve", "--image", folder.resolve("nope.png").toString(), "--preset", "sobel-x", "--out",
                folder.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBadKernelExitsWithTwoAndSaysWhichValue() {
        Run run = run("convolve", "--image", textbook.toString(), "--kernel", "1,x;0,1", "--out", folder.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'x'").contains("row 1");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aKernelLargerThanTheImageExitsWithTwo() {
        Run run = run("convolve", "--image", textbook.toString(), "--preset", "vertical-line-7", "--engine", "java", "--out",
                folder.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("7x7").contains("6x6");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndOneLine() {
        Run run = run("convolve", "--colour", "red");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void decodePrintsTheMetadataTable() {
        Run run = run("decode", textbook.toString(), "--decoder", "twelvemonkeys");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("twelvemonkeys").contains("PNG").contains(" 6 ").contains("gray").contains("0–10");
    }

    @Test
    void decodeWithAllComparesEveryDecoder() {
        Run run = run("decode", textbook.toString(), "--all");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("imageio").contains("twelvemonkeys").contains("opencv").contains("javafx");
    }

    @Test
    void decodingATextFileExitsWithTwoAndAHumanMessage() throws Exception {
        Path text = folder.resolve("notes.png");
        Files.writeString(text, "these are my notes, not a picture\n");
        Run run = run("decode", text.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().toLowerCase()).contains("text");
    }
}
