package io.github.compliancegraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.compliancegraph.search.Analysis.Token;
import org.springframework.web.util.HtmlUtils;

/**
 * The part of a hit's text around what it matched, the words it matched marked.
 *
 * @param spans the fragment in order: plain text, and marked words
 */
public record Fragment(List<Span> spans) {

    /** Longest fragment, in characters, and how much of it comes before the first word matched. */
    private static final int WIDTH = 280;
    private static final int LEAD = 70;
    private static final String ELLIPSIS = "\u2026";

    public record Span(String text, boolean mark) {
    }

    /**
     * As HTML: the text escaped, each word matched in {@code <mark>}: safe to insert into a page as it
     * is. This is how the API gives it; the explorer renders the spans themselves.
     */
    @JsonValue
    public String html() {
        var html = new StringBuilder();
        for (Span span : spans) {
            String text = HtmlUtils.htmlEscape(span.text(), "UTF-8");
            html.append(span.mark() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }

    @Override
    public String toString() {
        return html();
    }

    /**
     * The text around the first of its words whose term is one of these.
     *
     * @param tokens the text's tokens, as {@link Analysis#tokens} gives them
     */
    static Fragment of(String text, List<Token> tokens, Set<String> terms) {
        if (text == null || text.isEmpty()) {
            return new Fragment(List.of());
        }
        List<Token> marks = tokens.stream().filter(t -> terms.contains(t.term())).toList();
        int from = 0;
        int to = text.length();
        if (to > WIDTH) {
            int first = marks.isEmpty() ? 0 : marks.get(0).start();
            from = first <= LEAD ? 0 : Math.min(first, nextWord(text, first - LEAD));
            to = from + WIDTH >= text.length() ? text.length() : wordEnd(text, from, from + WIDTH);
        }
        var spans = new ArrayList<Span>();
        if (from > 0) {
            spans.add(new Span(ELLIPSIS, false));
        }
        int at = from;
        for (Token mark : marks) {
            if (mark.start() >= at && mark.end() <= to) {
                if (mark.start() > at) {
                    spans.add(new Span(text.substring(at, mark.start()), false));
                }
                spans.add(new Span(text.substring(mark.start(), mark.end()), true));
                at = mark.end();
            }
        }
        if (at < to) {
            spans.add(new Span(text.substring(at, to), false));
        }
        if (to < text.length()) {
            spans.add(new Span(ELLIPSIS, false));
        }
        return new Fragment(List.copyOf(spans));
    }

    /** Where the first word starting after {@code index} begins, so that no word is cut at the start. */
    private static int nextWord(String text, int index) {
        int space = text.indexOf(' ', index);
        return space < 0 ? index : space + 1;
    }

    /** Where the last word ending by {@code index} ends, so that no word is cut at the end. */
    private static int wordEnd(String text, int from, int index) {
        int space = text.lastIndexOf(' ', index);
        return space <= from ? index : space;
    }
}
