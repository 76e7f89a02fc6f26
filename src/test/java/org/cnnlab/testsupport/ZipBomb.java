package org.cnnlab.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip files whose entries lie about their size: each entry's data descriptor and central-directory
 * record declare {@code declaredBytes}, while its deflated data inflates to far more. A reader that
 * trusts the declared size, or allocates by it, is fooled; one that counts the bytes it inflates is not.
 */
public final class ZipBomb {
    private ZipBomb() {
    }

    /**
     * Writes {@code zip} with the honest {@code entries} first, then {@code name} holding
     * {@code inflatedBytes} spaces but declaring {@code declaredBytes}.
     */
    public static Path write(Path zip, Map<String, byte[]> entries, String name, int inflatedBytes, int declaredBytes)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < inflatedBytes; written += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, inflatedBytes - written));
            }
            out.closeEntry();
        }
        byte[] data = bytes.toByteArray();
        int patched = 0;
        for (int i = 0; i + 4 <= data.length; i++) {
            if (signature(data, i, 0x08074b50) && littleEndian(data, i + 12) == inflatedBytes) {
                putLittleEndian(data, i + 12, declaredBytes);
                patched++;
            } else if (signature(data, i, 0x02014b50) && littleEndian(data, i + 24) == inflatedBytes) {
                putLittleEndian(data, i + 24, declaredBytes);
                patched++;
            }
        }
        if (patched != 2) {
            throw new IllegalStateException("expected a data descriptor and a central record to patch, found " + patched);
        }
        return Files.write(zip, data);
    }

    private static boolean signature(byte[] data, int at, int value) {
        return at + 28 <= data.length && littleEndian(data, at) == value;
    }

    private static int littleEndian(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    private static void putLittleEndian(byte[] data, int at, int value) {
        for (int b = 0; b < 4; b++) {
            data[at + b] = (byte) (value >>> (8 * b));
        }
    }
}
