package org.cnnlab.training.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected sha256 of each shipped dataset file, read from a manifest in the format
 * {@code sha256sum} writes and {@code sha256sum -c} checks: one {@code <64 hex digits>  <path>} per line.
 */
public final class ChecksumManifest {
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64})\\s+\\*?(\\S+)");

    private final Map<String, String> sha256ByPath;

    private ChecksumManifest(Map<String, String> sha256ByPath) {
        this.sha256ByPath = Map.copyOf(sha256ByPath);
    }

    /** Parses a manifest; blank lines and lines starting with {@code #} are skipped. */
    public static ChecksumManifest parse(InputStream in) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(trimmed);
            if (!matcher.matches()) {
                throw new IOException("Checksum manifest line " + number + " is not '<sha256>  <file>': " + trimmed);
            }
            entries.put(matcher.group(2), matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return new ChecksumManifest(entries);
    }

    /** The expected lowercase hex sha256 of the file at {@code path} (relative, with {@code /}). */
    public Optional<String> sha256Of(String path) {
        return Optional.ofNullable(sha256ByPath.get(path));
    }
}
