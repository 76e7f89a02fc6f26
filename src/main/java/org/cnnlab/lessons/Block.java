package org.cnnlab.lessons;

import java.nio.file.Path;
import java.util.List;

/** One block of a lesson page, in reading order. */
public sealed interface Block {
    /** A section title; level 1 is the lesson's title. */
    record Heading(int level, List<Span> text) implements Block {
        public Heading {
            text = List.copyOf(text);
        }
    }

    record Paragraph(List<Span> text) implements Block {
        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /** A bulleted or numbered list; each item is a line of spans. */
    record ListBlock(boolean numbered, List<List<Span>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A quotation, used in lessons for tips and teacher notes. */
    record Note(List<Span> text) implements Block {
        public Note {
            text = List.copyOf(text);
        }
    }

    /** Pre-formatted text: a kernel, a formula, a table of numbers. */
    record Code(String text) implements Block {
    }

    /** A picture from the lesson's folder. */
    record Picture(Path file, String description) implements Block {
    }

    /** A question the student answers in place. */
    record ExerciseBlock(Exercise exercise) implements Block {
    }
}
