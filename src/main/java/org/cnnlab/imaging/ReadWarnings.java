package org.cnnlab.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Collects what an ImageIO reader reports while it decodes, in words a user understands: "Premature
 * end of JPEG file" becomes "the file ends early: the bottom of the image is missing (shown gray)".
 * It also aborts the read when the decoding thread is interrupted (a timeout), which ImageIO
 * readers check between rows.
 */
final class ReadWarnings implements IIOReadWarningListener, IIOReadProgressListener {
    static final String TRUNCATED = "the file ends early: the bottom of the image is missing (shown gray)";

    private final List<String> messages = new ArrayList<>();

    void attach(ImageReader reader) {
        reader.addIIOReadWarningListener(this);
        reader.addIIOReadProgressListener(this);
    }

    List<String> messages() {
        return messages;
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        add(humanise(warning));
    }

    void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    static String humanise(String readerWarning) {
        String text = readerWarning == null ? "" : readerWarning.toLowerCase(Locale.ROOT);
        if (text.contains("premature end") || text.contains("truncat") || text.contains("unexpected end")
                || text.contains("eof")) {
            return TRUNCATED;
        }
        if (text.contains("icc") && text.contains("cmyk")) {
            return "the file has no colour profile, so its CMYK colours were turned into RGB with a generic formula "
                    + "(they may be slightly off)";
        }
        if (text.contains("corrupt") || text.contains("bad huffman") || text.contains("invalid")) {
            return "the file is damaged in places (\"" + readerWarning + "\"): some pixels may be wrong";
        }
        return "the decoder warned: " + readerWarning;
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        if (Thread.currentThread().isInterrupted()) {
            source.abort();
        }
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {
    }

    @Override
    public void sequenceComplete(ImageReader source) {
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
    }

    @Override
    public void imageComplete(ImageReader source) {
    }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageReader source) {
    }

    @Override
    public void readAborted(ImageReader source) {
    }
}
