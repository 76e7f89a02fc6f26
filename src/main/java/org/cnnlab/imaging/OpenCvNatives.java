package org.cnnlab.imaging;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OpenCV's native libraries once, on first use, and remembers why when they cannot be
 * loaded (missing native jar, wrong platform), so the OpenCV decoder can say so instead of crashing.
 */
final class OpenCvNatives {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCvNatives.class);
    private static volatile boolean failed;
    private static volatile boolean loaded;

    private OpenCvNatives() {
    }

    /** Loads the natives if needed; throws {@link DecodeException.Reason#UNAVAILABLE} when they cannot load. */
    static synchronized void require() throws DecodeException {
        if (loaded) {
            return;
        }
        if (!failed) {
            try {
                Loader.load(opencv_imgcodecs.class);
                loaded = true;
                return;
            } catch (LinkageError | RuntimeException e) {
                LOG.warn("OpenCV natives could not be loaded", e);
                failed = true;
            }
        }
        throw new DecodeException(DecodeException.Reason.UNAVAILABLE, "the OpenCV decoder is not available on this "
                + "computer: its native library could not be loaded (the details are in the log). The ImageIO decoders still work");
    }
}
