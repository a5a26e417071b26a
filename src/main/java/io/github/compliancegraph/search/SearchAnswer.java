package io.github.compliancegraph.search;

import java.util.List;
import java.util.Map;

/**
 * A search's answer: the list answer every traversal gives ({@code traversal, parameters, rows}),
 * with how the words typed were read.
 *
 * @param parameters the traversal's parameters: the Lucene query run over folded text, the topics named, paging
 * @param q          the words as typed
 * @param mode       plain or lucene
 * @param expansions what was looked for: the words and phrases typed, then the translations added
 * @param rows       the topics, then the statements, then the requirements; each group ordered by
 *                   relevance and paged on its own
 */
public record SearchAnswer(String traversal, Map<String, Object> parameters, String q, String mode,
        List<Expansion> expansions, List<SearchHit> rows) {
}
