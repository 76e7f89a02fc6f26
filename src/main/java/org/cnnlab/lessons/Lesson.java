package org.cnnlab.lessons;

import java.util.List;

/**
 * One lesson: a page of blocks written in Markdown, with the exercises it contains.
 *
 * @param id      the file name without {@code .md}, e.g. {@code 02-convolution-by-hand}
 * @param title   its first heading
 * @param summary one line for the lesson list
 * @param minutes how long it takes in class
 * @param blocks  the page, in reading order
 */
public record Lesson(String id, String title, String summary, int minutes, List<Block> blocks) {
    public Lesson {
        blocks = List.copyOf(blocks);
    }

    /** The exercises, in page order. */
    public List<Exercise> exercises() {
        return blocks.stream().filter(Block.ExerciseBlock.class::isInstance)
                .map(b -> ((Block.ExerciseBlock) b).exercise()).toList();
    }
}
