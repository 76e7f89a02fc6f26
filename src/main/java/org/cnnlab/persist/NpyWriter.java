package org.cnnlab.persist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cnnlab.engine.FloatPlanes;

/**
 * Writes a feature map as a NumPy {@code .npy} file (format version 1.0): the magic string
 * {@code \x93NUMPY}, a header dictionary {@code {'descr': '<f4', 'fortran_order': False, 'shape': (H, W), }}
 * padded with spaces to a multiple of 64 bytes, then the float32 values little-endian in C order.
 * One plane is saved as {@code (H, W)}, several as {@code (C, H, W)}, so {@code numpy.load} gives
 * the same array the app shows.
 */
public final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NpyWriter() {
    }

    public static void write(FloatPlanes map, Path file) throws IOException {
        AtomicFiles.write(file, encode(map));
    }

    public static byte[] encode(FloatPlanes map) {
        String shape = map.channels() == 1 ? "(" + map.height() + ", " + map.width() + ")"
                : "(" + map.channels() + ", " + map.height() + ", " + map.width() + ")";
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        float[] values = map.data();
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 2 + headerBytes.length + values.length * 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).putShort((short) headerBytes.length).put(headerBytes);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }
}
