package org.cnnlab.persist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The app's JSON files (settings, kernel sets, lesson progress, model descriptions), read by data
 * binding into records that check their fields in their compact constructors (throwing
 * {@link InvalidFieldException}), and bounded before anything is parsed: a file larger than the
 * caller's limit is refused by its size, and the parser refuses nesting deeper than
 * {@value #MAX_NESTING_DEPTH} levels, strings over {@value #MAX_STRING_CHARS} characters and
 * numbers over {@value #MAX_NUMBER_CHARS} digits. Nothing is coerced: {@code "5"} is not a number
 * and {@code 2.5} is not a whole number, so a wrong field is an error that names it, never a
 * silent 0. Unknown fields are ignored, so a file from a newer version with extra fields still
 * opens where its format version allows. Keys are camelCase in every file.
 */
public final class JsonFiles {
    /** Deeper nesting than any file of the app has (a kernel set is 5 levels deep). */
    public static final int MAX_NESTING_DEPTH = 16;
    static final int MAX_STRING_CHARS = 100_000;
    static final int MAX_NUMBER_CHARS = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonFiles() {
    }

    /** {@code value} as indented JSON, for {@link AtomicFiles#write(Path, byte[])}. */
    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of the app's own files could not be written as JSON", e);
        }
    }

    /** {@code value} as a JSON tree. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Reads {@code file} into a {@code type}.
     *
     * @param maxBytes the largest file accepted; a larger one is refused before it is read
     * @throws IOException       the file cannot be read at all (missing, no permission)
     * @throws JsonFileException the file is too large, is not JSON, or a field is missing or wrong
     */
    public static <T> T read(Path file, long maxBytes, Class<T> type) throws IOException, JsonFileException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new JsonFileException(List.of(), "is larger than " + sizeInWords(maxBytes)
                    + " (" + sizeInWords(size) + "), far more than such a file ever holds", null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) size + 1);
        }
        return read(bytes, type);
    }

    /** Reads {@code bytes}, already bounded by the caller, into a {@code type}. */
    public static <T> T read(byte[] bytes, Class<T> type) throws JsonFileException {
        return bind(() -> MAPPER.readValue(bytes, type));
    }

    /** Binds a tree, e.g. one part of a larger file, into a {@code type}. */
    public static <T> T read(JsonNode tree, Class<T> type) throws JsonFileException {
        return bind(() -> MAPPER.treeToValue(tree, type));
    }

    /** One way of binding JSON into a record. */
    @FunctionalInterface
    private interface Binding<T> {
        T bind() throws IOException;
    }

    private static <T> T bind(Binding<T> binding) throws JsonFileException {
        try {
            T value = binding.bind();
            if (value == null) {
                throw new JsonFileException(List.of(), "is empty", null);
            }
            return value;
        } catch (IOException e) {
            throw explain(e);
        }
    }

    private static JsonFileException explain(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new JsonFileException(List.of(), "is nested more than " + MAX_NESTING_DEPTH
                    + " levels deep or holds a value far longer than such a file ever has", e);
        }
        if (e instanceof JsonParseException parse) {
            return new JsonFileException(List.of(), "is not valid JSON (line " + parse.getLocation().getLineNr() + ")", e);
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new JsonFileException(List.of(), "is not valid JSON", e);
        }
        List<Object> location = new ArrayList<>();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            location.add(step.getFieldName() != null ? step.getFieldName() : (Object) step.getIndex());
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidFieldException field) {
            location.add(field.field());
            return new JsonFileException(location, field.problem(), e);
        }
        if (e instanceof ValueInstantiationException) {
            return new JsonFileException(location, "has an impossible value", e);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new JsonFileException(location, "must be " + kind(mismatch.getTargetType()), e);
        }
        return new JsonFileException(location, "has the wrong form", e);
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { … }";
        }
        return "of another kind";
    }

    private static String sizeInWords(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
