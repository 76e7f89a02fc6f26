package org.cnnlab.imaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks every decode starts with, before any decoder sees the file: it exists, it is a
 * readable regular file, it is not empty, and its content is not obviously something other than an
 * image (text, PDF, archive).
 */
final class FileChecks {

    private FileChecks() {
    }

    /** Returns what the content is, or throws a {@link DecodeException} that says why it cannot be an image. */
    static FileKind requireImageFile(Path file) throws DecodeException {
        if (file == null || !Files.exists(file)) {
            throw new DecodeException(DecodeException.Reason.NOT_FOUND, "there is no file "
                    + (file == null ? "" : file.getFileName() + " ") + "any more; it may have been moved or deleted");
        }
        if (Files.isDirectory(file)) {
            throw new DecodeException(DecodeException.Reason.NOT_FOUND, file.getFileName()
                    + " is a folder, not an image; open one of the files inside it");
        }
        if (!Files.isReadable(file)) {
            throw new DecodeException(DecodeException.Reason.NOT_FOUND, "the file " + file.getFileName()
                    + " cannot be read: you do not have permission to open it");
        }
        try {
            if (Files.size(file) == 0) {
                throw new DecodeException(DecodeException.Reason.EMPTY_FILE, "this file is empty (0 bytes): "
                        + file.getFileName() + " holds no image at all; it may have been cut off while saving or copying");
            }
            FileKind kind = FormatSniffer.sniff(file);
            if (!kind.image() && kind.isKnown()) {
                throw new DecodeException(DecodeException.Reason.NOT_AN_IMAGE, "this is " + kind.description()
                        + ", not an image, even though it is named " + file.getFileName()
                        + "; open a picture file (PNG, JPEG, …)");
            }
            return kind;
        } catch (IOException e) {
            throw new DecodeException(DecodeException.Reason.NOT_FOUND, "the file " + file.getFileName()
                    + " cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
