package io.github.compliancegraph.responsibility;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * One assessable clause as one provider's documents hold it: the row of the {@code compare} traversal.
 *
 * @param chapter          the ref of the top-level clause above it
 * @param status           provider, customer, shared or silent
 * @param providerControls the statements of the provider (or a third party it outsources to) citing it or a clause above it
 * @param customerControls those of its customer
 */
@TraversalRow("compare")
public record ComparedClause(String clause, String ref, String label, String title, String chapter, String chapterTitle,
        String provider, String status, List<String> providerControls, List<String> customerControls) {
}
