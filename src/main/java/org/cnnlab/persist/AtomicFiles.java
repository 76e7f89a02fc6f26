package org.cnnlab.persist;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash, a full disk or a power cut leaves either the old file or the new
 * one, never half of each: the bytes go to a temporary file in the same folder, which is forced to
 * the disk and then renamed over the target in one step. Without the force, a file system may
 * commit the rename before the data, and a power cut then leaves an empty or partial file under
 * the target's name.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream; it may close the stream or leave it open. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Makes a written file's bytes durable; the production one is {@code FileChannel.force(true)}. */
    @FunctionalInterface
    interface Durability {
        void force(FileChannel channel, Path file) throws IOException;
    }

    /**
     * Replaces {@code target} with {@code content}.
     *
     * @throws FileSaveException with a message for the user; the old file, if any, is left as it was
     */
    public static void write(Path target, byte[] content) throws FileSaveException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with what {@code writer} writes.
     *
     * @throws FileSaveException with a message for the user; the old file, if any, is left as it was
     */
    public static void write(Path target, ContentWriter writer) throws FileSaveException {
        write(target, writer, (channel, file) -> channel.force(true));
    }

    static void write(Path target, ContentWriter writer, Durability durability) throws FileSaveException {
        try {
            writeAndMove(target, writer, durability);
        } catch (IOException e) {
            throw new FileSaveException(target, e);
        }
    }

    private static void writeAndMove(Path target, ContentWriter writer, Durability durability) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new KeptOpen(Channels.newOutputStream(channel));
                writer.writeTo(out);
                out.flush();
                durability.force(channel, temp);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The channel's stream, whose {@code close()} only flushes: writers such as a
     * {@code ZipOutputStream} close what they wrap, and the channel must stay open to be forced.
     */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream channelStream) {
            super(channelStream);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
