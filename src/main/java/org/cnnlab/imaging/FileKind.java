package org.cnnlab.imaging;

/**
 * What the first bytes of a file say it is, whatever its name: an image format ("PNG", "JPEG", …)
 * or something else ("a text file", "a PDF").
 *
 * @param format      canonical image format name, or {@code null} when the content is not a known image
 * @param image       true when the bytes start like an image format
 * @param description a phrase for users, e.g. "a PNG image" or "a PDF document"
 */
public record FileKind(String format, boolean image, String description) {
    private static final String UNKNOWN = "a file of unknown type";

    static FileKind image(String format) {
        return new FileKind(format, true, "a " + format + " image");
    }

    static FileKind other(String description) {
        return new FileKind(null, false, description);
    }

    /** Content that matches no signature we know; ImageIO readers may still accept it (TGA has no magic). */
    static FileKind unknown() {
        return new FileKind(null, false, UNKNOWN);
    }

    /** True unless the content matched no signature at all. */
    public boolean isKnown() {
        return image || !UNKNOWN.equals(description);
    }
}
