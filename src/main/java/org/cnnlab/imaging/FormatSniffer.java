package org.cnnlab.imaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Tells what a file holds from its first bytes (its "magic number"), never from its name: the PNG
 * signature {@code 89 50 4E 47}, the JPEG start-of-image {@code FF D8 FF}, {@code GIF8}, {@code %PDF}
 * and so on. Also recognises plain text, so the app can say "this is a text file" instead of
 * "cannot decode".
 */
public final class FormatSniffer {
    /** How many leading bytes {@link #sniff(byte[])} looks at. */
    public static final int HEAD_BYTES = 512;

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("jpg", "JPEG"), Map.entry("jpeg", "JPEG"), Map.entry("jpe", "JPEG"), Map.entry("jfif", "JPEG"),
            Map.entry("png", "PNG"), Map.entry("gif", "GIF"), Map.entry("bmp", "BMP"), Map.entry("dib", "BMP"),
            Map.entry("tif", "TIFF"), Map.entry("tiff", "TIFF"), Map.entry("webp", "WebP"), Map.entry("psd", "PSD"),
            Map.entry("pbm", "PNM"), Map.entry("pgm", "PNM"), Map.entry("ppm", "PNM"), Map.entry("pnm", "PNM"),
            Map.entry("pam", "PNM"), Map.entry("ico", "ICO"), Map.entry("cur", "ICO"), Map.entry("tga", "TGA"),
            Map.entry("svg", "SVG"), Map.entry("hdr", "HDR"), Map.entry("icns", "ICNS"), Map.entry("iff", "IFF"),
            Map.entry("pct", "PICT"), Map.entry("pict", "PICT"), Map.entry("avif", "AVIF"), Map.entry("heic", "HEIF"),
            Map.entry("jp2", "JPEG 2000"), Map.entry("exr", "OpenEXR"));

    private FormatSniffer() {
    }

    /** Reads the first {@link #HEAD_BYTES} bytes of {@code file}. */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** Sniffs the first bytes of {@code file}; an empty file is reported as such. */
    public static FileKind sniff(Path file) throws IOException {
        return sniff(head(file));
    }

    /** What {@code head} (the first bytes of a file) says the file is. */
    public static FileKind sniff(byte[] head) {
        if (head.length == 0) {
            return FileKind.other("an empty file (0 bytes)");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return FileKind.image("PNG");
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return FileKind.image("JPEG");
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return FileKind.image("GIF");
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)
                || startsWith(head, 'I', 'I', 43, 0) || startsWith(head, 'M', 'M', 0, 43)) {
            return FileKind.image("TIFF");
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return FileKind.image("WebP");
        }
        if (ascii(head, 0, "8BPS")) {
            return FileKind.image("PSD");
        }
        if (ascii(head, 0, "BM") && head.length >= 14) {
            return FileKind.image("BMP");
        }
        if (head.length >= 3 && head[0] == 'P' && head[1] >= '1' && head[1] <= '7' && Character.isWhitespace(head[2])) {
            return FileKind.image("PNM");
        }
        if (looksLikeIcon(head)) {
            return FileKind.image("ICO");
        }
        if (ascii(head, 0, "icns")) {
            return FileKind.image("ICNS");
        }
        if (ascii(head, 0, "#?RADIANCE") || ascii(head, 0, "#?RGBE")) {
            return FileKind.image("HDR");
        }
        if (ascii(head, 0, "FORM") && (ascii(head, 8, "ILBM") || ascii(head, 8, "PBM "))) {
            return FileKind.image("IFF");
        }
        if (ascii(head, 4, "ftypavif") || ascii(head, 4, "ftypavis")) {
            return FileKind.image("AVIF");
        }
        if (ascii(head, 4, "ftypheic") || ascii(head, 4, "ftypmif1") || ascii(head, 4, "ftypheix")) {
            return FileKind.image("HEIF");
        }
        if (startsWith(head, 0, 0, 0, 0x0C, 'j', 'P') || startsWith(head, 0xFF, 0x4F, 0xFF, 0x51)) {
            return FileKind.image("JPEG 2000");
        }
        if (startsWith(head, 0x76, 0x2F, 0x31, 0x01)) {
            return FileKind.image("OpenEXR");
        }
        if (ascii(head, 0, "%PDF")) {
            return FileKind.other("a PDF document");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return FileKind.other("a ZIP archive (or an Office document)");
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return FileKind.other("a gzip-compressed file");
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
            return FileKind.other("a program (ELF executable)");
        }
        if (looksLikeText(head)) {
            String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (text.contains("<svg")) {
                return FileKind.image("SVG");
            }
            if (text.contains("<html") || text.contains("<!doctype html")) {
                return FileKind.other("a web page (HTML text)");
            }
            return FileKind.other("a text file");
        }
        return FileKind.unknown();
    }

    /** The format a file name promises, e.g. "JPEG" for {@code cat.JPG}, or {@code null}. */
    public static String formatForExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return null;
        }
        return EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The extension of {@code file} as written, e.g. ".png", or an empty string. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /**
     * ICO/CUR: reserved 0, type 1 or 2, at least one entry whose reserved byte is 0. The count check
     * matters: an uncompressed TGA also starts {@code 00 00 02 00}, but with a zero where the count is.
     */
    private static boolean looksLikeIcon(byte[] head) {
        if (!(startsWith(head, 0, 0, 1, 0) || startsWith(head, 0, 0, 2, 0)) || head.length < 22) {
            return false;
        }
        int count = (head[4] & 0xFF) | (head[5] & 0xFF) << 8;
        return count > 0 && count < 256 && head[9] == 0;
    }

    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v == 0) {
                return false;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                control++;
            }
        }
        if (control > head.length / 50) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, trimPartialUtf8(head)));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static int trimPartialUtf8(byte[] head) {
        int end = head.length;
        for (int i = 0; i < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; i++) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        return end;
    }

    private static boolean startsWith(byte[] data, int... expected) {
        if (data.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] data, int offset, String expected) {
        if (data.length < offset + expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (data[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
