package io.github.compliancegraph.imports.offering;

import java.util.List;
import java.util.Map;

/**
 * A compliance-offering page read into its parts.
 *
 * @param frontMatter the YAML front matter, as keys and values
 * @param title       the level-1 heading, without markup
 * @param sections    the level-2 sections in order
 */
public record ParsedOffering(Map<String, Object> frontMatter, String title, List<Section> sections) {

    /** A paragraph or list item, without Markdown markup, with the line it starts on. */
    public record Text(int line, String text) {
    }

    /** A question of the FAQ and the paragraphs answering it. */
    public record Question(Text question, List<Text> answer) {
    }

    /**
     * A level-2 section.
     *
     * @param anchor the stable English anchor Microsoft's pages give each heading
     */
    public record Section(String anchor, Text heading, List<Text> paragraphs, List<Text> items, List<Question> questions) {
    }

    public Section section(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElse(null);
    }
}
