package io.github.compliancegraph.imports.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a statement cell, which the PDF extraction left with bits of HTML list markup, into
 * readable text: paragraphs on their own lines, list items as "- item" lines.
 */
final class CellText {

    private static final Pattern PARAGRAPH = Pattern.compile("(?i)</?p\\s*>|<br\\s*/?>");
    private static final Pattern LIST_START = Pattern.compile("(?i)<ul[^>]*>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:^|(?<=[\\s;,]))-\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;)]\\s*$");
    private static final Pattern TRAILING_PARAGRAPH_END = Pattern.compile("(?i)</p>\\s*$");
    private static final Pattern LEADING_PARAGRAPH_START = Pattern.compile("(?i)^\\s*<p>");

    private CellText() {
    }

    /**
     * Joins a row that a page break cut in two. When the break fell inside a paragraph, the
     * extraction closed it on one page and reopened it on the next; those two tags go.
     */
    static String join(String first, String continuation) {
        boolean paragraphCut = TRAILING_PARAGRAPH_END.matcher(first).find()
                && LEADING_PARAGRAPH_START.matcher(continuation).find()
                && !SENTENCE_END.matcher(visible(first)).find();
        if (paragraphCut) {
            return TRAILING_PARAGRAPH_END.matcher(first).replaceFirst("") + " "
                    + LEADING_PARAGRAPH_START.matcher(continuation).replaceFirst("");
        }
        return first + " " + continuation;
    }

    static String toPlain(String cell) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : PARAGRAPH.split(cell)) {
            var list = LIST_START.matcher(paragraph);
            if (list.find()) {
                addLine(lines, paragraph.substring(0, list.start()));
                for (String item : LIST_ITEM.split(paragraph.substring(list.end()))) {
                    addLine(lines, item.isBlank() ? "" : "- " + item);
                }
            } else {
                addLine(lines, paragraph);
            }
        }
        return String.join("\n", lines);
    }

    private static void addLine(List<String> lines, String fragment) {
        String line = visible(fragment);
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    private static String visible(String fragment) {
        String text = HtmlUtils.htmlUnescape(TAG.matcher(fragment).replaceAll(" "));
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
