package org.cnnlab.imaging;

import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageReader;

/**
 * Counts pages without decoding them, for the formats where pages mean something to a user: TIFF
 * pages, GIF animation frames, icon sizes. Other formats count as one page (a JPEG's thumbnail or a
 * PSD's layers are not pages).
 */
final class PageCounter {
    private static final Set<String> MULTI_PAGE = Set.of("TIFF", "GIF", "ICO", "ICNS");

    private PageCounter() {
    }

    static int count(ImageReader reader, String format) throws IOException {
        if (!MULTI_PAGE.contains(format)) {
            return 1;
        }
        int n = reader.getNumImages(true);
        return Math.max(1, n);
    }
}
