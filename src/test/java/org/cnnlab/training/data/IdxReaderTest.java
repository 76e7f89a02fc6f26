package org.cnnlab.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private final IdxReader reader = new IdxReader();

    @TempDir
    Path dir;

    /** Two 2x3 images with pixels 0..11, gzipped, as an IDX writer would store them. */
    private static byte[] twoTinyImages(int magic) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(magic);
            out.writeInt(2);
            out.writeInt(2);
            out.writeInt(3);
            for (int i = 0; i < 12; i++) {
                out.writeByte(i * 20);
            }
        }
        return gzip(raw.toByteArray());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsAGoodImageFileIntoOneCompactArray() throws Exception {
        byte[] file = twoTinyImages(0x00000803);
        IdxImages images = reader.readImages(write("ok.gz", file), IdxReader.sha256(file));

        assertThat(images.count()).isEqualTo(2);
        assertThat(images.rows()).isEqualTo(2);
        assertThat(images.columns()).isEqualTo(3);
        assertThat(images.pixels()[11] & 0xFF).isEqualTo(220);
    }

    @Test
    void readsUncompressedLabels() throws Exception {
        byte[] file = {0, 0, 8, 1, 0, 0, 0, 3, 7, 2, 1};
        assertThat(reader.readLabels(write("labels", file), null)).containsExactly(7, 2, 1);
    }

    @Test
    void refusesAWrongMagicNumberAndSaysWhatItFound() throws Exception {
        byte[] file = twoTinyImages(0x00000801);
        Path path = write("labels-as-images.gz", file);

        assertThatThrownBy(() -> reader.readImages(path, null))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("labels-as-images.gz")
                .hasMessageContaining("0x00000801")
                .hasMessageContaining("expected 0x00000803");
    }

    @Test
    void refusesAFileCutShortInsideThePixels() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(0x00000803);
            out.writeInt(60000);
            out.writeInt(28);
            out.writeInt(28);
            out.write(new byte[1000]);
        }
        Path path = write("short.gz", gzip(raw.toByteArray()));

        assertThatThrownBy(() -> reader.readImages(path, null))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("47040000 bytes")
                .hasMessageContaining("only 1000 bytes");
    }

    @Test
    void refusesAGzipStreamCutInHalf() throws Exception {
        byte[] file = twoTinyImages(0x00000803);
        Path path = write("cut.gz", Arrays.copyOf(file, file.length / 2));

        assertThatThrownBy(() -> reader.readImages(path, null))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("cut.gz")
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesBytesBeyondWhatTheHeaderPromises() throws Exception {
        byte[] file = {0, 0, 8, 1, 0, 0, 0, 2, 7, 2, 1};
        Path path = write("long", file);

        assertThatThrownBy(() -> reader.readLabels(path, null))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("longer than its header says");
    }

    @Test
    void refusesAFileWhoseChecksumDiffersEvenWhenItParses() throws Exception {
        byte[] good = twoTinyImages(0x00000803);
        String expected = IdxReader.sha256(good);
        byte[] otherPixels = twoTinyImages(0x00000803);
        otherPixels[otherPixels.length - 12] ^= 0x01;
        Path path = write("flipped.gz", otherPixels);

        assertThatThrownBy(() -> reader.readImages(path, expected))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("flipped.gz is damaged")
                .hasMessageContaining(expected.substring(0, 12));
    }

    @Test
    void namesAMissingFile() {
        Path path = dir.resolve("nowhere.gz");

        assertThatThrownBy(() -> reader.readLabels(path, null))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("nowhere.gz is missing");
    }

    @Test
    void refusesAHeaderClaimingAnImpossibleSize() throws Exception {
        byte[] file = {0, 0, 8, 3, 0, 0, 0, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 28};
        Path path = write("huge", file);

        assertThatThrownBy(() -> reader.readImages(path, null))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("not a usable size");
    }

    @Test
    void sha256MatchesTheKnownDigestOfAnEmptyInput() {
        assertThat(IdxReader.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theLibraryReportsAMissingBundleFileAndAMissingChecksum() throws Exception {
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        Files.write(mnist.resolve("t10k-images-idx3-ubyte.gz"), twoTinyImages(0x00000803));
        Files.writeString(dir.resolve("SHA256SUMS"), "");
        DatasetLibrary library = DatasetLibrary.inFolder(dir);

        assertThatThrownBy(() -> library.load(DatasetId.MNIST, DatasetSplit.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("mnist/t10k-images-idx3-ubyte.gz has no checksum");

        Files.delete(mnist.resolve("t10k-images-idx3-ubyte.gz"));
        assertThatThrownBy(() -> library.load(DatasetId.MNIST, DatasetSplit.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("mnist/t10k-images-idx3-ubyte.gz is missing");
    }
}
