package io.github.compliancegraph.imports.offering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.compliancegraph.imports.offering.ParsedOffering.Question;
import io.github.compliancegraph.imports.offering.ParsedOffering.Section;
import io.github.compliancegraph.imports.offering.ParsedOffering.Text;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Reads a Microsoft compliance-offering page (Markdown with YAML front matter) into sections,
 * paragraphs, list items and FAQ questions with their answers. Pure: text in, records out.
 */
public final class ComplianceOfferingParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+name=\"([^\"]*)\"\\s*>\\s*</a>");
    private static final Pattern ITEM = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern QUESTION = Pattern.compile("^\\*\\*(.+)\\*\\*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    public ParsedOffering parse(String markdown) {
        String[] lines = LINE_BREAK.split(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown, -1);
        int first = 0;
        Map<String, Object> frontMatter = Map.of();
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = 1;
            while (end < lines.length && !lines[end].strip().equals("---")) {
                end++;
            }
            if (end == lines.length) {
                throw new ImportRejectedException("line 1: front matter opened with '---' is never closed");
            }
            frontMatter = frontMatter(String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end)));
            first = end + 1;
        }
        String title = null;
        var sections = new ArrayList<Section>();
        SectionBuilder current = null;
        var paragraph = new StringBuilder();
        int paragraphLine = 0;
        for (int i = first; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher heading = HEADING.matcher(line.strip());
            Matcher item = ITEM.matcher(line);
            boolean blockEnds = line.isBlank() || heading.matches() || item.matches();
            if (blockEnds && !paragraph.isEmpty()) {
                if (current != null) {
                    current.paragraph(new Text(paragraphLine, plain(paragraph.toString())), paragraph.toString().strip());
                }
                paragraph.setLength(0);
            }
            if (heading.matches()) {
                if (heading.group(1).length() == 1) {
                    title = plain(heading.group(2));
                } else if (heading.group(1).length() == 2) {
                    current = new SectionBuilder(anchor(heading.group(2)), new Text(i + 1, plain(heading.group(2))));
                    sections.add(current.section);
                }
            } else if (item.matches()) {
                if (current != null) {
                    current.items.add(new Text(i + 1, plain(item.group(1))));
                }
            } else if (!line.isBlank()) {
                if (paragraph.isEmpty()) {
                    paragraphLine = i + 1;
                }
                paragraph.append(line).append(' ');
            }
        }
        return new ParsedOffering(frontMatter, title, List.copyOf(sections));
    }

    private static Map<String, Object> frontMatter(String yaml) {
        try {
            Map<String, Object> values = YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, Object>>() { });
            return values == null ? Map.of() : values;
        } catch (JsonProcessingException e) {
            throw new ImportRejectedException("front matter is not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static String anchor(String heading) {
        Matcher m = ANCHOR.matcher(heading);
        return m.find() ? m.group(1) : plain(heading).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]+", "-");
    }

    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = EMPHASIS.matcher(TAG.matcher(text).replaceAll("")).replaceAll("");
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    /** Collects a section; a bold-only paragraph opens a question that the next paragraphs answer. */
    private static final class SectionBuilder {
        final List<Text> paragraphs = new ArrayList<>();
        final List<Text> items = new ArrayList<>();
        final List<Question> questions = new ArrayList<>();
        final Section section;

        SectionBuilder(String anchor, Text heading) {
            this.section = new Section(anchor, heading, paragraphs, items, questions);
        }

        void paragraph(Text text, String markdown) {
            if (QUESTION.matcher(markdown).matches()) {
                questions.add(new Question(text, new ArrayList<>()));
            } else if (!questions.isEmpty()) {
                questions.get(questions.size() - 1).answer().add(text);
            } else {
                paragraphs.add(text);
            }
        }
    }
}
