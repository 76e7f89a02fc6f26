package org.cnnlab.imaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps any {@link ImageDecoder} with the checks that keep a bad file from crashing or freezing the
 * app:
 * <ol>
 *   <li>missing, empty, text and other non-image files are refused with a sentence saying what they are;</li>
 *   <li>the content decides the format; a misleading extension adds a warning;</li>
 *   <li>the size is read from the header first: an image over {@link DecodeOptions#maxMegapixels()}
 *       is refused ({@code TOO_LARGE}) unless downsampling is allowed;</li>
 *   <li>the decode runs on a worker thread and is abandoned after {@link DecodeOptions#timeout()};</li>
 *   <li>a JPEG or PNG without its end marker gets a "the file ends early" warning;</li>
 *   <li>every runtime exception and out-of-memory error becomes a {@link DecodeException}.</li>
 * </ol>
 * On a timeout the worker is interrupted: ImageIO readers notice between rows and abort; a native
 * OpenCV decode cannot be interrupted and finishes unseen on its daemon thread, while the caller
 * already has its {@code TIMEOUT}.
 */
public final class GuardedDecoder implements ImageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedDecoder.class);
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new DecodeThreads());

    private final ImageDecoder inner;

    private GuardedDecoder(ImageDecoder inner) {
        this.inner = inner;
    }

    /** {@code decoder} with the guards, or {@code decoder} itself when it is already guarded. */
    public static ImageDecoder guard(ImageDecoder decoder) {
        return decoder instanceof GuardedDecoder ? decoder : new GuardedDecoder(decoder);
    }

    /** The decoder inside the guards. */
    public ImageDecoder inner() {
        return inner;
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public String displayName() {
        return inner.displayName();
    }

    @Override
    public String description() {
        return inner.description();
    }

    @Override
    public DecodedImage decode(Path file, DecodeOptions options) throws DecodeException {
        Future<DecodedImage> task = WORKERS.submit(() -> checkedDecode(file, options));
        try {
            return task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new DecodeException(DecodeException.Reason.TIMEOUT, inner.displayName() + " took longer than "
                    + seconds(options) + " to decode " + file.getFileName() + " and was stopped. The file may be damaged "
                    + "or very large; try another decoder or allow downsampling", e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new DecodeException(DecodeException.Reason.TIMEOUT, "decoding " + file.getFileName() + " was cancelled", e);
        } catch (CancellationException e) {
            throw new DecodeException(DecodeException.Reason.TIMEOUT, "decoding " + file.getFileName() + " was cancelled", e);
        } catch (ExecutionException e) {
            throw translate(file, e.getCause());
        }
    }

    /** Runs on a worker thread: the file checks, the header check, the decode, and the warnings. */
    private DecodedImage checkedDecode(Path file, DecodeOptions options) throws DecodeException {
        FileKind kind = FileChecks.requireImageFile(file);
        ImageHeader header = null;
        try {
            header = ImageProbe.probe(file);
        } catch (DecodeException unreadableHeader) {
            LOG.debug("header of {} not readable before decoding", file, unreadableHeader);
        }
        String format = kind.image() ? kind.format() : header != null ? header.format() : null;
        if (header != null && header.hasSize() && header.megapixels() > options.maxMegapixels() && !options.downsample()) {
            throw DecodeErrors.tooLarge(header.width(), header.height(), options);
        }
        List<String> warnings = new ArrayList<>();
        String promised = FormatSniffer.formatForExtension(file);
        if (format != null && promised != null && !promised.equals(format)) {
            warnings.add("the file is named " + FormatSniffer.extension(file) + " but holds " + article(format) + " "
                    + format + "; CNN Lab decoded it as " + format);
        }
        DecodedImage image = inner.decode(file, options);
        warnings.addAll(image.warnings());
        if (format != null && EndMarkers.looksTruncated(file, format) && !warnings.contains(ReadWarnings.TRUNCATED)) {
            warnings.add(ReadWarnings.TRUNCATED);
        }
        return new DecodedImage(image.decoder(), image.format(), image.samples(), image.order(), image.sampleType(),
                image.decodeNanos(), warnings, image.page(), image.pageCount(), image.subsampling());
    }

    private DecodeException translate(Path file, Throwable cause) {
        if (cause instanceof DecodeException decodeException) {
            return decodeException;
        }
        LOG.warn("{} failed on {}", inner.displayName(), file, cause);
        if (cause instanceof OutOfMemoryError) {
            return new DecodeException(DecodeException.Reason.TOO_LARGE, "there is not enough memory to decode "
                    + file.getFileName() + " with " + inner.displayName() + "; allow downsampling or lower the "
                    + "megapixel limit", cause);
        }
        if (cause instanceof LinkageError) {
            return new DecodeException(DecodeException.Reason.UNAVAILABLE, inner.displayName()
                    + " is not available on this computer (" + cause.getClass().getSimpleName() + "); use another decoder",
                    cause);
        }
        return new DecodeException(DecodeException.Reason.CORRUPT, inner.displayName() + " failed on "
                + file.getFileName() + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + "); the file is probably damaged. Try another decoder", cause);
    }

    private static String seconds(DecodeOptions options) {
        long millis = options.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String article(String format) {
        return "AEFHILMNORSX".indexOf(Character.toUpperCase(format.charAt(0))) >= 0 ? "an" : "a";
    }

    /** Daemon threads, so a decode abandoned after a timeout never keeps the app from exiting. */
    private static final class DecodeThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "cnnlab-decode-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
