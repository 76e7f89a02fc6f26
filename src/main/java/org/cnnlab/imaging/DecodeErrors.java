package org.cnnlab.imaging;

import java.io.EOFException;
import java.nio.file.Path;
import java.util.Locale;

/** The user-facing failures every decoder shares, worded once. */
final class DecodeErrors {

    private DecodeErrors() {
    }

    /** "20000x20000 = 400 MP is over the 40 MP limit; downsample to read every 4th pixel?" */
    static DecodeException tooLarge(long width, long height, DecodeOptions options) {
        int step = options.subsamplingFor(width, height);
        return new DecodeException(DecodeException.Reason.TOO_LARGE, "this image is " + width + "x" + height + " = "
                + megapixels(width * (double) height / 1e6) + " MP, which is over the "
                + megapixels(options.maxMegapixels()) + " MP limit; downsample to read every " + ordinal(step)
                + " pixel (" + (width / step) + "x" + (height / step) + ")?");
    }

    static DecodeException pageMissing(int page, int pageCount) {
        return new DecodeException(DecodeException.Reason.NOT_FOUND, "page " + (page + 1) + " does not exist: this file has "
                + pageCount + (pageCount == 1 ? " page" : " pages") + "; pick a page from 1 to " + pageCount);
    }

    static DecodeException corrupt(Path file, String format, String decoderName, Throwable cause) {
        if (causedByEndOfFile(cause)) {
            return new DecodeException(DecodeException.Reason.CORRUPT, "the file " + file.getFileName()
                    + " ends before its " + format + " data is complete, so " + decoderName + " cannot decode it; "
                    + "it was probably cut off while downloading or copying", cause);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new DecodeException(DecodeException.Reason.CORRUPT, "the " + format + " data in " + file.getFileName()
                + " is damaged; " + decoderName + " stopped with \"" + detail + "\". Try another decoder, or re-save "
                + "the image in an image editor", cause);
    }

    static boolean causedByEndOfFile(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof EOFException || message.contains("unexpected end") || message.contains("premature end")
                    || message.contains("end of file") || message.contains("eof")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String megapixels(double mp) {
        return mp == Math.rint(mp) ? String.valueOf((long) mp) : String.format(Locale.ROOT, "%.1f", mp);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
