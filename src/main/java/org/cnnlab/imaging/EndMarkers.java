package org.cnnlab.imaging;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Tells whether a JPEG or PNG file still has its end marker: a JPEG ends with EOI ({@code FF D9}),
 * a PNG with its {@code IEND} chunk. A missing marker means the file was cut off, whatever a decoder
 * reports (OpenCV only prints libjpeg's warning to the console).
 */
final class EndMarkers {
    private static final int TAIL = 1024;

    private EndMarkers() {
    }

    /** True when {@code format} has an end marker and the file lacks it. */
    static boolean looksTruncated(Path file, String format) {
        if (!"JPEG".equals(format) && !"PNG".equals(format)) {
            return false;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int n = (int) Math.min(TAIL, length);
            byte[] tail = new byte[n];
            in.seek(length - n);
            in.readFully(tail);
            return "JPEG".equals(format) ? !containsJpegEnd(tail) : !containsPngEnd(tail);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean containsJpegEnd(byte[] tail) {
        for (int i = tail.length - 2; i >= 0; i--) {
            if ((tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPngEnd(byte[] tail) {
        for (int i = tail.length - 4; i >= 0; i--) {
            if (tail[i] == 'I' && tail[i + 1] == 'E' && tail[i + 2] == 'N' && tail[i + 3] == 'D') {
                return true;
            }
        }
        return false;
    }
}
