package org.cnnlab.imaging;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the sample images (system property {@code cnnlab.samples}, else {@code sample-images}) and the fixtures. */
final class TestImages {

    private TestImages() {
    }

    static Path sample(String name) {
        String configured = System.getProperty("cnnlab.samples");
        Path dir = configured != null ? Path.of(configured) : Path.of("sample-images");
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("sample image missing: " + file.toAbsolutePath());
        }
        return file;
    }

    static Path fixture(String name) {
        URL url = TestImages.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test fixture missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImageDecoder decoder(String id) {
        return Decoders.byId(id).orElseThrow();
    }

    static DecodedImage decode(String decoderId, Path file) throws DecodeException {
        return decoder(decoderId).decode(file, DecodeOptions.defaults());
    }
}
