package io.github.compliancegraph.party;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A party with what it is responsible for: the row of the {@code parties} traversal.
 *
 * @param role     provider, customer, third-party, system, regulated-entity...
 * @param controls the statements it is responsible for
 * @param sources  the documents those statements come from
 */
@TraversalRow("parties")
public record PartySummary(String id, String name, String role, long controls, List<String> sources) {
}
