package org.cnnlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import org.cnnlab.persist.AtomicFiles;

/** How the commands write their {@code --json} results: indented JSON, written atomically. */
final class JsonFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFile() {
    }

    /** An empty JSON array to fill with result rows. */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Writes {@code value} (a JSON node, a map or a record) to {@code file}. */
    static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(value));
    }
}
