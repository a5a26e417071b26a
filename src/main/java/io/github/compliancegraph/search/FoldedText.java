package io.github.compliancegraph.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.compliancegraph.text.Folding;

/**
 * The folded copies of statements and requirements that the search indexes, as node properties
 * (see {@code cypher/schema/V0007__Search_folded_text.cypher} for why copies): every writer of a
 * Control or a catalog Clause adds them to what it writes.
 */
public final class FoldedText {

    private FoldedText() {
    }

    /** A statement's {@code foldedText} and {@code foldedSectionTitle}. */
    public static Map<String, Object> ofControl(String text, String sectionTitle) {
        var properties = new HashMap<String, Object>();
        properties.put("foldedText", text == null ? null : Folding.fold(text));
        properties.put("foldedSectionTitle", sectionTitle == null ? null : Folding.fold(sectionTitle));
        return properties;
    }

    /**
     * A clause's ref, title and text as one folded copy, {@code foldedFr} or {@code foldedEn} after
     * the language they are written in, the other null; both null for a clause with neither title nor
     * text (a lettered SecNumCloud requirement of the shipped structure), which has nothing to find.
     */
    public static Map<String, Object> ofClause(String ref, String title, String text, Language language) {
        String folded = title == null && text == null ? null
                : Folding.fold(Stream.of(ref, title, text).filter(Objects::nonNull).collect(Collectors.joining(" ")));
        var properties = new HashMap<String, Object>();
        properties.put("foldedFr", language == Language.FRENCH ? folded : null);
        properties.put("foldedEn", language == Language.ENGLISH ? folded : null);
        return properties;
    }
}
