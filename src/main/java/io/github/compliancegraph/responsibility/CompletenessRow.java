package io.github.compliancegraph.responsibility;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A clause a provider's documents never mention, with the totals every row carries: the row of the
 * {@code completeness} traversal. When no clause falls in the page, one row whose clause is null
 * carries the totals alone.
 *
 * @param assessable     the framework's assessable clauses
 * @param neverMentioned those the documents never mention, whatever the page
 */
@TraversalRow("completeness")
public record CompletenessRow(String clause, String ref, String label, String title, String chapter, String chapterTitle,
        int assessable, int neverMentioned) {
}
