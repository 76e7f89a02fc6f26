package org.cnnlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonParserTest {
    @TempDir
    Path folder;

    private final LessonParser parser = new LessonParser();

    private static final String LESSON = """
            # Pooling

            *12 minutes · Summarise each window.*

            Max pooling keeps the **largest** value. [Try it](cnnlab:sandbox).

                1 3
                2 0

            ```exercise
            id: max
            question: What does max pooling give?
            answer: 3
            hint: The largest of the four.
            explanation: 3 is the largest
              of 1, 3, 2 and 0.
            ```

            - first
            - second
            """;

    @Test
    void titleMinutesAndSummaryComeFromTheHead() throws Exception {
        Lesson lesson = parser.parse("05-pool", LESSON, folder);
        assertThat(lesson.title()).isEqualTo("Pooling");
        assertThat(lesson.minutes()).isEqualTo(12);
        assertThat(lesson.summary()).isEqualTo("Summarise each window.");
    }

    @Test
    void anExerciseBlockBecomesACheckableExercise() throws Exception {
        Lesson lesson = parser.parse("05-pool", LESSON, folder);
        assertThat(lesson.exercises()).hasSize(1);
        Exercise max = lesson.exercises().get(0);
        assertThat(max.id()).isEqualTo("max");
        assertThat(max.explanation()).isEqualTo("3 is the largest of 1, 3, 2 and 0.");
        assertThat(max.check("3").correct()).isTrue();
    }

    @Test
    void linksKeepTheirTargetAndCodeKeepsItsLayout() throws Exception {
        Lesson lesson = parser.parse("05-pool", LESSON, folder);
        assertThat(lesson.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Paragraph.class,
                p -> assertThat(p.text()).contains(new Span("Try it", Span.Style.LINK, "cnnlab:sandbox"),
                        new Span("largest", Span.Style.STRONG, null))));
        assertThat(lesson.blocks()).contains(new Block.Code("1 3\n2 0"));
    }

    @Test
    void aListKeepsItsItems() throws Exception {
        Lesson lesson = parser.parse("05-pool", LESSON, folder);
        Block.ListBlock list = (Block.ListBlock) lesson.blocks().stream().filter(Block.ListBlock.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(list.numbered()).isFalse();
        assertThat(list.items()).hasSize(2);
    }

    @Test
    void aLessonWithoutTitleIsRefusedWithTheFix() {
        assertThatThrownBy(() -> parser.parse("x", "Just text.", folder)).isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("# Title");
    }

    @Test
    void anExerciseWithoutAnswerIsRefusedNamingTheLesson() {
        String text = "# T\n\n```exercise\nid: a\nquestion: q\n```\n";
        assertThatThrownBy(() -> parser.parse("07-broken", text, folder)).hasMessageContaining("07-broken")
                .hasMessageContaining("answer:");
    }

    @Test
    void twoExercisesWithOneIdAreRefused() {
        String block = "```exercise\nid: a\nquestion: q\nanswer: 1\n```\n\n";
        assertThatThrownBy(() -> parser.parse("x", "# T\n\n" + block + block, folder)).hasMessageContaining("two exercises");
    }

    @Test
    void aPictureFromTheWebIsRefusedBecauseLessonsWorkOffline() {
        assertThatThrownBy(() -> parser.parse("x", "# T\n\n![cat](https://example.org/cat.png)\n", folder))
                .hasMessageContaining("offline");
    }

    @Test
    void aPictureBesideTheLessonIsFound() throws Exception {
        Files.write(folder.resolve("cat.png"), new byte[] {1});
        Lesson lesson = parser.parse("x", "# T\n\n![A cat](cat.png)\n", folder);
        assertThat(lesson.blocks()).contains(new Block.Picture(folder.resolve("cat.png"), "A cat"));
    }
}
