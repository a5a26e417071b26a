package io.github.compliancegraph.system;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A customer's own system: the row of the {@code systems} traversal.
 *
 * @param buildsOn the providers it builds on directly
 * @param chain    every provider of its chain, those below them included
 */
@TraversalRow("systems")
public record SystemSummary(String id, String name, String description, List<String> buildsOn, List<String> chain) {
}
