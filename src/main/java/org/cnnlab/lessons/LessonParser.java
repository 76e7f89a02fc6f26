package org.cnnlab.lessons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns one lesson's Markdown (CommonMark) into a {@link Lesson}. Conventions on top of plain
 * Markdown, so that a lesson still reads well in any Markdown viewer:
 * <ul>
 * <li>the first level-1 heading is the title; the paragraph right under it, in italics, reads
 * {@code *N minutes · one-line summary*};</li>
 * <li>a fenced block whose info string is {@code exercise} holds {@code key: value} lines
 * ({@code id}, {@code question}, {@code answer}, optional {@code choices} separated by
 * {@code |}, {@code tolerance}, {@code hint}, {@code explanation}); indented lines continue the
 * previous value;</li>
 * <li>a link to {@code cnnlab:SCREEN} opens a screen of the app; pictures are files beside the lesson.</li>
 * </ul>
 */
public final class LessonParser {
    private static final Pattern HEADER = Pattern.compile("(\\d+)\\s*min(?:utes?)?\\s*[·\\-–—:]\\s*(.+)", Pattern.DOTALL);
    private static final Parser MARKDOWN = Parser.builder().build();

    /** Reads {@code file} (UTF-8); pictures are looked up beside it. */
    public Lesson parse(Path file) throws LessonFormatException {
        return parse(file, "");
    }

    /** Reads {@code file}; its id is {@code idPrefix} followed by the file name without {@code .md}. */
    public Lesson parse(Path file, String idPrefix) throws LessonFormatException {
        String name = file.getFileName().toString();
        String id = idPrefix + (name.endsWith(".md") ? name.substring(0, name.length() - 3) : name);
        try {
            return parse(id, Files.readString(file), file.toAbsolutePath().getParent());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new LessonFormatException("The lesson " + file + " is not plain text (Markdown saved as UTF-8).", e);
        } catch (java.io.IOException e) {
            throw new LessonFormatException("Cannot read the lesson " + file + " (check that it is still there and"
                    + " that you may open it).", e);
        }
    }

    /** Parses {@code markdown}; pictures are resolved against {@code folder}. */
    public Lesson parse(String id, String markdown, Path folder) throws LessonFormatException {
        Node document = MARKDOWN.parse(markdown);
        List<Block> blocks = new ArrayList<>();
        String title = null;
        String summary = "";
        int minutes = 0;
        boolean expectHeader = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1 && title == null) {
                title = plainText(heading);
                blocks.add(new Block.Heading(1, spans(heading)));
                expectHeader = true;
                continue;
            }
            if (expectHeader && node instanceof Paragraph paragraph) {
                expectHeader = false;
                Matcher m = HEADER.matcher(plainText(paragraph).strip());
                if (m.matches()) {
                    minutes = Integer.parseInt(m.group(1));
                    summary = m.group(2).strip();
                }
            }
            expectHeader = false;
            Block block = block(id, node, folder);
            if (block != null) {
                blocks.add(block);
            }
        }
        if (title == null) {
            throw new LessonFormatException("The lesson '" + id + "' has no title: start it with a line '# Title'.");
        }
        List<String> ids = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.ExerciseBlock e) {
                if (ids.contains(e.exercise().id())) {
                    throw new LessonFormatException("The lesson '" + id + "' has two exercises called '" + e.exercise().id() + "'.");
                }
                ids.add(e.exercise().id());
            }
        }
        return new Lesson(id, title, summary, minutes, blocks);
    }

    private Block block(String lessonId, Node node, Path folder) throws LessonFormatException {
        if (node instanceof Heading heading) {
            return new Block.Heading(heading.getLevel(), spans(heading));
        }
        if (node instanceof Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof Image image && paragraph.getFirstChild().getNext() == null) {
                return picture(lessonId, image, folder);
            }
            return new Block.Paragraph(spans(paragraph));
        }
        if (node instanceof FencedCodeBlock fenced) {
            if ("exercise".equals(fenced.getInfo().strip())) {
                return new Block.ExerciseBlock(exercise(lessonId, fenced.getLiteral()));
            }
            return new Block.Code(stripTrailingNewline(fenced.getLiteral()));
        }
        if (node instanceof IndentedCodeBlock indented) {
            return new Block.Code(stripTrailingNewline(indented.getLiteral()));
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            List<List<Span>> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    List<Span> line = new ArrayList<>();
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        if (!line.isEmpty()) {
                            line.add(Span.plain(" "));
                        }
                        line.addAll(spans(child));
                    }
                    items.add(line);
                }
            }
            return new Block.ListBlock(node instanceof OrderedList, items);
        }
        if (node instanceof BlockQuote quote) {
            List<Span> text = new ArrayList<>();
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                if (!text.isEmpty()) {
                    text.add(Span.plain("\n"));
                }
                text.addAll(spans(child));
            }
            return new Block.Note(text);
        }
        if (node instanceof ThematicBreak) {
            return null;
        }
        return new Block.Paragraph(List.of(Span.plain(plainText(node))));
    }

    private static Block picture(String lessonId, Image image, Path folder) throws LessonFormatException {
        String destination = image.getDestination();
        if (destination.contains("://")) {
            throw new LessonFormatException("The lesson '" + lessonId + "' shows a picture from the web (" + destination
                    + "); lessons must work offline: put the file beside the lesson.");
        }
        Path file = folder.resolve(destination).normalize();
        if (!Files.isRegularFile(file)) {
            throw new LessonFormatException("The lesson '" + lessonId + "' shows " + destination + ", which is not in " + folder + ".");
        }
        return new Block.Picture(file, plainText(image));
    }

    static Exercise exercise(String lessonId, String literal) throws LessonFormatException {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : literal.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && last != null) {
                fields.put(last, fields.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new LessonFormatException("In lesson '" + lessonId + "', this exercise line has no 'key: value': " + line);
            }
            last = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            fields.put(last, line.substring(colon + 1).strip());
        }
        for (String required : List.of("id", "question", "answer")) {
            if (!fields.containsKey(required) || fields.get(required).isBlank()) {
                throw new LessonFormatException("In lesson '" + lessonId + "', an exercise has no '" + required + ":' line.");
            }
        }
        List<String> choices = fields.containsKey("choices")
                ? java.util.Arrays.stream(fields.get("choices").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        double tolerance;
        try {
            tolerance = Double.parseDouble(fields.getOrDefault("tolerance", "0"));
        } catch (NumberFormatException e) {
            throw new LessonFormatException("In lesson '" + lessonId + "', exercise '" + fields.get("id")
                    + "' has a tolerance that is not a number: " + fields.get("tolerance"), e);
        }
        try {
            return new Exercise(fields.get("id"), fields.get("question"), choices, fields.get("answer"), tolerance,
                    fields.getOrDefault("hint", "Read the section above once more."), fields.getOrDefault("explanation", ""));
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException("In lesson '" + lessonId + "': " + e.getMessage(), e);
        }
    }

    private static List<Span> spans(Node parent) {
        List<Span> spans = new ArrayList<>();
        collect(parent, Span.Style.PLAIN, null, spans);
        return spans;
    }

    private static void collect(Node parent, Span.Style style, String target, List<Span> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.add(new Span(text.getLiteral(), style, target));
            } else if (node instanceof Code code) {
                out.add(new Span(code.getLiteral(), Span.Style.CODE, target));
            } else if (node instanceof SoftLineBreak) {
                out.add(new Span(" ", style, target));
            } else if (node instanceof HardLineBreak) {
                out.add(new Span("\n", style, target));
            } else if (node instanceof Emphasis) {
                collect(node, target != null ? style : Span.Style.EMPHASIS, target, out);
            } else if (node instanceof StrongEmphasis) {
                collect(node, target != null ? style : Span.Style.STRONG, target, out);
            } else if (node instanceof Link link) {
                collect(node, Span.Style.LINK, link.getDestination(), out);
            } else {
                collect(node, style, target, out);
            }
        }
    }

    private static String plainText(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans(parent)) {
            text.append(span.text());
        }
        return text.toString();
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
