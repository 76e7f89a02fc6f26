package org.cnnlab.training.data;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX format of MNIST-style datasets, gzipped or not. An IDX file is a big-endian header,
 * a magic number {@code 0x000008TD} (T = 0x08, unsigned bytes; D = number of dimensions), one
 * 32-bit size per dimension, then the product of the sizes in bytes. Images are {@code 0x00000803}
 * (count, rows, columns) and labels {@code 0x00000801} (count).
 *
 * <p>Before parsing, the whole file is checked against its expected sha256 when one is given; then
 * the magic number, the dimensions and the payload length against the header. Every failure is a
 * {@link DatasetException} with a sentence naming the file, never a runtime exception.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned bytes with three dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with one dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;

    private static final int MAX_SIDE = 4096;
    private static final long MAX_PAYLOAD_BYTES = 256L * 1024 * 1024;

    /** Reads an image file from disk; {@code expectedSha256} (hex, of the file as stored) may be null. */
    public IdxImages readImages(Path file, String expectedSha256) throws DatasetException {
        return readImages(file.getFileName().toString(), readFile(file), expectedSha256);
    }

    /** Reads a label file from disk; {@code expectedSha256} (hex, of the file as stored) may be null. */
    public byte[] readLabels(Path file, String expectedSha256) throws DatasetException {
        return readLabels(file.getFileName().toString(), readFile(file), expectedSha256);
    }

    /** Reads images from the bytes of a file called {@code name} (used in messages). */
    public IdxImages readImages(String name, byte[] fileBytes, String expectedSha256) throws DatasetException {
        verifyChecksum(name, fileBytes, expectedSha256);
        try (DataInputStream in = new DataInputStream(open(name, fileBytes))) {
            int magic = readHeaderInt(name, in);
            requireMagic(name, magic, IMAGES_MAGIC, "images");
            int count = readHeaderInt(name, in);
            int rows = readHeaderInt(name, in);
            int columns = readHeaderInt(name, in);
            if (count < 1 || rows < 1 || columns < 1 || rows > MAX_SIDE || columns > MAX_SIDE) {
                throw new DatasetException(name + " claims " + Integer.toUnsignedString(count) + " images of "
                        + Integer.toUnsignedString(rows) + "x" + Integer.toUnsignedString(columns)
                        + " pixels, which is not a usable size: the file is damaged.");
            }
            byte[] pixels = readPayload(name, in, (long) count * rows * columns, count + " images of " + rows + "x" + columns);
            return new IdxImages(count, rows, columns, pixels);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Reads labels from the bytes of a file called {@code name} (used in messages). */
    public byte[] readLabels(String name, byte[] fileBytes, String expectedSha256) throws DatasetException {
        verifyChecksum(name, fileBytes, expectedSha256);
        try (DataInputStream in = new DataInputStream(open(name, fileBytes))) {
            int magic = readHeaderInt(name, in);
            requireMagic(name, magic, LABELS_MAGIC, "labels");
            int count = readHeaderInt(name, in);
            if (count < 1) {
                throw new DatasetException(name + " claims " + Integer.toUnsignedString(count)
                        + " labels, which is not a usable size: the file is damaged.");
            }
            return readPayload(name, in, count, count + " labels");
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The lowercase hex sha256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static byte[] readFile(Path file) throws DatasetException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException("The dataset file " + file + " is missing.", e);
        } catch (AccessDeniedException e) {
            throw new DatasetException("The dataset file " + file + " cannot be read (permission denied).", e);
        } catch (IOException e) {
            throw new DatasetException("The dataset file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void verifyChecksum(String name, byte[] fileBytes, String expectedSha256) throws DatasetException {
        if (expectedSha256 == null) {
            return;
        }
        String actual = sha256(fileBytes);
        if (!actual.equals(expectedSha256.toLowerCase(Locale.ROOT))) {
            throw new DatasetException(name + " is damaged: its sha256 is " + actual.substring(0, 12)
                    + "…, expected " + expectedSha256.substring(0, Math.min(12, expectedSha256.length()))
                    + "…. Reinstall CNN Lab or restore the file.");
        }
    }

    private static InputStream open(String name, byte[] fileBytes) throws DatasetException {
        InputStream raw = new ByteArrayInputStream(fileBytes);
        boolean gzipped = fileBytes.length >= 2 && (fileBytes[0] & 0xFF) == 0x1F && (fileBytes[1] & 0xFF) == 0x8B;
        if (!gzipped) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 64 * 1024);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static int readHeaderInt(String name, DataInputStream in) throws IOException, DatasetException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new DatasetException(name + " is truncated: it ends inside its IDX header.", e);
        }
    }

    private static void requireMagic(String name, int actual, int expected, String kind) throws DatasetException {
        if (actual != expected) {
            throw new DatasetException(String.format(Locale.ROOT,
                    "%s is not an IDX %s file: its magic number is 0x%08X, expected 0x%08X.", name, kind, actual, expected));
        }
    }

    private static byte[] readPayload(String name, InputStream in, long length, String what)
            throws IOException, DatasetException {
        if (length > MAX_PAYLOAD_BYTES) {
            throw new DatasetException(name + " claims " + what + " (" + length
                    + " bytes), more than any dataset CNN Lab reads: the file is damaged.");
        }
        byte[] payload = in.readNBytes((int) length);
        if (payload.length < length) {
            throw new DatasetException(name + " is truncated: its header promises " + what + " (" + length
                    + " bytes) but only " + payload.length + " bytes follow.");
        }
        if (in.read() != -1) {
            throw new DatasetException(name + " is longer than its header says (" + what + "): the file is damaged.");
        }
        return payload;
    }

    private static DatasetException unreadable(String name, IOException e) {
        if (e instanceof EOFException || e instanceof ZipException) {
            return new DatasetException(name + " is truncated or damaged (" + e.getMessage()
                    + "). Reinstall CNN Lab or restore the file.", e);
        }
        return new DatasetException(name + " cannot be read: " + e.getMessage(), e);
    }
}
