package org.cnnlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lessons in the repository's {@code lessons/} folder, checked against independent arithmetic. */
class ShippedLessonsTest {
    private static LessonLibrary library;

    @BeforeAll
    static void load() throws LessonFormatException {
        library = LessonLibrary.load(Path.of("lessons"));
    }

    @Test
    void everyLessonHasATitleADurationAndExercises() {
        assertThat(library.lessons()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(library.lessons()).allSatisfy(lesson -> {
            assertThat(lesson.title()).isNotBlank();
            assertThat(lesson.minutes()).isPositive();
            assertThat(lesson.summary()).isNotBlank();
            assertThat(lesson.exercises()).isNotEmpty();
        });
    }

    @Test
    void everyAppLinkNamesAScreenThatExists() {
        List<String> targets = new ArrayList<>();
        for (Lesson lesson : library.lessons()) {
            for (Block block : lesson.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    p.text().stream().filter(s -> s.style() == Span.Style.LINK).forEach(s -> targets.add(s.target()));
                }
            }
        }
        assertThat(targets).isNotEmpty().allMatch(t -> t.matches("cnnlab:(sandbox|imagelab|studio|lessons)"));
    }

    @Test
    void theKernelSetsBesideTheLessonsOpen() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("lessons", "kernels"))) {
            List<Path> sets = files.filter(p -> p.toString().endsWith(".cnnkernels")).toList();
            assertThat(sets).isNotEmpty();
            for (Path set : sets) {
                assertThat(org.cnnlab.persist.KernelSetFile.load(set).filters()).isNotEmpty();
            }
        }
    }

    @Test
    void numericAnswersAgreeWithTheArithmeticDoneHere() {
        Map<String, Double> expected = new HashMap<>();
        expected.put("white-byte", Math.pow(2, 8) - 1);
        expected.put("normalise-128", 128 / 255.0);
        expected.put("full-hd-samples", 1920.0 * 1080 * 3);
        expected.put("luma-red", 0.299 * 255);
        expected.put("window-two", 10 * 1 + 10 * 0 + 0 * -1 + 10 * 1 + 10 * 0 + 0 * -1 + 10 * 1 + 10 * 0 + 0 * -1.0);
        expected.put("map-size", 6 - 3 + 1.0);
        expected.put("flip-sign", -30.0);
        expected.put("box-sum", 9 * (1 / 9.0));
        expected.put("sobel-flat", 100.0 * (-1 + 0 + 1 - 2 + 0 + 2 - 1 + 0 + 1));
        expected.put("sharpen-sum", 5 - 4.0);
        expected.put("lenet-conv1", Math.floor((28 + 0 - 5) / 1.0) + 1);
        expected.put("same-padding", (5 - 1) / 2.0);
        expected.put("resnet-stem", Math.floor((224 + 2 * 3 - 7) / 2.0) + 1);
        expected.put("dilated-width", 2 * (3 - 1) + 1.0);
        expected.put("relu-negative", Math.max(0, -3.0));
        expected.put("max-pool", 3.0);
        expected.put("avg-pool", (1 + 3 + 2 + 0) / 4.0);
        expected.put("pool-size", Math.floor((24 - 2) / 2.0) + 1);
        expected.put("conv-params", 6 * (5 * 5 * 1) + 6.0);
        expected.put("lenet-params", (6 * 25 + 6) + (16 * 6 * 25 + 16) + (256 * 120 + 120) + (120 * 82 + 82) + (82 * 10 + 10.0));
        expected.put("chance", 100 / 10.0);
        expected.put("cosine-half", 0.003 * (1 + Math.cos(Math.PI / 2)) / 2);
        int checked = 0;
        for (Lesson lesson : library.lessons()) {
            for (Exercise exercise : lesson.exercises()) {
                if (exercise.isChoice()) {
                    continue;
                }
                assertThat(expected).as("independent value for exercise %s", exercise.id()).containsKey(exercise.id());
                String answer = String.valueOf(expected.get(exercise.id()));
                assertThat(exercise.check(answer).correct()).as("exercise %s accepts %s", exercise.id(), answer).isTrue();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(expected.size());
    }
}
