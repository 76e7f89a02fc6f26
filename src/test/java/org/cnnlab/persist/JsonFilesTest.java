package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesTest {
    record Point(Integer x, Integer y) {
        Point {
            InvalidFieldException.required(x, "x");
            InvalidFieldException.within(y, "y", 0, 10);
        }
    }

    record Polygon(List<Point> points) {
        Polygon {
            points = InvalidFieldException.list(points, "points");
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRecordIsBoundAndChecked() throws Exception {
        assertThat(JsonFiles.read(utf8("{\"x\": 3, \"y\": 4}"), Point.class)).isEqualTo(new Point(3, 4));
    }

    @Test
    void aProblemInANestedRecordIsNamedByItsPathCountedFromOne() {
        assertThatThrownBy(() -> JsonFiles.read(utf8("{\"points\": [{\"x\": 1, \"y\": 1}, {\"x\": 2, \"y\": 11}]}"), Polygon.class))
                .isInstanceOf(JsonFileException.class)
                .hasMessage("'points[2].y' must be between 0 and 10, not 11");
    }

    @Test
    void textIsNotANumber() {
        assertThatThrownBy(() -> JsonFiles.read(utf8("{\"x\": \"3\", \"y\": 4}"), Point.class))
                .hasMessage("'x' must be a whole number");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWhileParsing() {
        String deep = "[".repeat(JsonFiles.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonFiles.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> JsonFiles.read(utf8("{\"x\": 1, \"y\": 1, \"ignored\": " + deep + "}"), Point.class))
                .hasMessageStartingWith("is nested more than " + JsonFiles.MAX_NESTING_DEPTH + " levels deep");
    }

    @Test
    void aFileOverTheCallersLimitIsRefusedByItsSizeBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("big.json"), "{\"x\": 3, \"y\": 4}" + " ".repeat(2048));
        assertThatThrownBy(() -> JsonFiles.read(file, 1024, Point.class)).hasMessageStartingWith("is larger than 1 KB (2 KB)");
    }

    @Test
    void brokenJsonGivesTheLineAndNoParserText() {
        assertThatThrownBy(() -> JsonFiles.read(utf8("{\n\"x\": 3,\n\"y\": }"), Point.class))
                .hasMessage("is not valid JSON (line 3)");
    }
}
