package org.cnnlab.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the standard decoders can read which format, so a refusal can name the decoder that
 * would succeed ("the JDK's ImageIO has no reader for WebP; the TwelveMonkeys decoder reads it").
 * The sets describe the versions on the classpath: JDK 17 ImageIO (JPEG, PNG, GIF, BMP, WBMP, TIFF),
 * TwelveMonkeys 3.13 (those plus WebP, PSD, PNM, TGA, ICO, ICNS, PICT, IFF, HDR, SVG) and OpenCV 4.5.5
 * {@code imdecode} (no GIF, PSD, TGA, ICO or SVG).
 */
public final class FormatSupport {
    public static final String JDK = "imageio";
    public static final String TWELVEMONKEYS = "twelvemonkeys";
    public static final String OPENCV = "opencv";

    private static final Map<String, String> NAMES = Map.of(
            JDK, "the JDK's ImageIO",
            TWELVEMONKEYS, "the TwelveMonkeys decoder",
            OPENCV, "the OpenCV decoder");

    private static final Map<String, String> SHORT_NAMES = Map.of(
            JDK, "JDK ImageIO",
            TWELVEMONKEYS, "TwelveMonkeys",
            OPENCV, "OpenCV");

    private static final Map<String, Set<String>> READS = Map.of(
            JDK, Set.of("JPEG", "PNG", "GIF", "BMP", "TIFF", "WBMP"),
            TWELVEMONKEYS, Set.of("JPEG", "PNG", "GIF", "BMP", "TIFF", "WBMP", "WebP", "PSD", "PNM", "TGA", "ICO",
                    "ICNS", "PICT", "IFF", "HDR", "SVG"),
            OPENCV, Set.of("JPEG", "PNG", "BMP", "TIFF", "WebP", "PNM", "HDR", "JPEG 2000", "OpenEXR"));

    private FormatSupport() {
    }

    /** Whether the standard decoder {@code decoderId} reads {@code format}. */
    public static boolean reads(String decoderId, String format) {
        return READS.getOrDefault(decoderId, Set.of()).contains(format);
    }

    /** Ids of the standard decoders other than {@code decoderId} that read {@code format}, in the standard order. */
    public static List<String> othersThatRead(String format, String decoderId) {
        List<String> ids = new ArrayList<>();
        for (String id : List.of(JDK, TWELVEMONKEYS, OPENCV)) {
            if (!id.equals(decoderId) && reads(id, format)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * A sentence for a decoder that cannot read {@code format}, e.g. "the JDK's ImageIO has no reader
     * for WebP; the TwelveMonkeys decoder reads it".
     */
    public static String refusal(String decoderId, String format) {
        String who = NAMES.getOrDefault(decoderId, "this decoder");
        String name = format == null ? "this format" : format;
        List<String> others = othersThatRead(name, decoderId);
        String head = who + " has no reader for " + name;
        if (others.isEmpty()) {
            return head + ", and neither has any other decoder in CNN Lab; convert it to PNG first";
        }
        if (others.size() == 1) {
            return head + "; the " + SHORT_NAMES.get(others.get(0)) + " decoder reads it";
        }
        return head + "; the " + SHORT_NAMES.get(others.get(0)) + " and " + SHORT_NAMES.get(others.get(1))
                + " decoders read it";
    }
}
