package org.cnnlab.persist;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file that could not be saved, with a message for the user that says which file and the
 * likely reason in words (no permission, not a folder, a full disk), never the operating
 * system's or Java's own text; that stays in the cause, for the log.
 */
public final class FileSaveException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    FileSaveException(Path target, IOException cause) {
        this(target, reasonFor(target, cause), cause);
    }

    private FileSaveException(Path target, String reason, IOException cause) {
        super(target.getFileName() + " could not be saved: " + reason + ".", cause);
        this.reason = reason;
    }

    /** Why, in words, e.g. {@code CNN Lab may not write in /media/usb}. */
    public String reason() {
        return reason;
    }

    private static String reasonFor(Path target, IOException cause) {
        Path folder = target.toAbsolutePath().getParent();
        if (cause instanceof AccessDeniedException) {
            return "CNN Lab may not write in " + folder;
        }
        if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException) {
            return folder + " is not a folder";
        }
        return "the disk may be full, or " + folder + " may not accept new files";
    }
}
