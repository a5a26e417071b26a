package io.github.compliancegraph.responsibility;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalResult;

/**
 * Completeness of a provider's documents against a framework taken as the baseline: the assessable
 * clauses they never mention (traversal: completeness), the same as compare marks silent.
 *
 * @param assessable     the framework's assessable clauses
 * @param mentioned      those the provider's documents mention
 * @param neverMentioned those they never mention, all of them whatever the page
 * @param clauses        the page of those asked for (skip, limit), in the framework's order
 */
public record Completeness(String provider, String framework, int assessable, int mentioned, int neverMentioned,
        long skip, long limit, List<Clause> clauses) {

    /** A clause the provider's documents never mention, with its chapter (the top-level clause above it). */
    public record Clause(String clause, String ref, String label, String title, String chapter, String chapterTitle) {
    }

    /** From the traversal's rows, of a provider and framework both known (so there is at least one row). */
    static Completeness of(String provider, String framework, TraversalResult<CompletenessRow> result) {
        CompletenessRow totals = result.single();
        // the row whose clause is null only carries the totals of an empty page
        List<Clause> clauses = result.rows().stream().filter(r -> r.clause() != null)
                .map(r -> new Clause(r.clause(), r.ref(), r.label(), r.title(), r.chapter(), r.chapterTitle())).toList();
        Map<String, Object> paging = result.parameters();
        return new Completeness(provider, framework, totals.assessable(), totals.assessable() - totals.neverMentioned(),
                totals.neverMentioned(), (Long) paging.get("skip"), (Long) paging.get("limit"), clauses);
    }
}
