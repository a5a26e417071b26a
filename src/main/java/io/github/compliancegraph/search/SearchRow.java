package io.github.compliancegraph.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.compliancegraph.traversal.TraversalRow;

/** A row of the search traversal, as {@code cypher/traversals/search.cypher} returns it (see {@link SearchHit}). */
@TraversalRow("search")
record SearchRow(String kind, String id, String ref, String label, String title, String text, String lang, List<String> parties,
        String framework, List<String> baselines, String source, Double score) {

    static final String TOPIC = "topic";
    static final String STATEMENT = "statement";
    static final String REQUIREMENT = "requirement";

    /** The language the row's text was searched in: the requirement index it came from, else French (statements, topic labels). */
    Language language() {
        return kind.equals(REQUIREMENT) ? Language.ofCode(lang) : Language.FRENCH;
    }

    /** What the fragment is cut from: the text, or the title where there is none. */
    String shown() {
        return text != null ? text : title;
    }

    /** What else the row was searched in (its ref, and its title when the text is shown), for telling which expansions it matched. */
    String alsoSearched() {
        return String.join(" ", Stream.of(ref, text != null ? title : null).filter(Objects::nonNull).toList());
    }
}
