package io.github.compliancegraph.framework;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A clause of a framework, in document order: the row of the {@code framework-clauses} traversal.
 *
 * @param label           what to show the clause as: its ref, or for a clause its catalog gives no ref, its place and title
 * @param parent          the uid of the clause above it, null for a top-level clause
 * @param controlsByParty how many statements of each party map to it ({@code party}, {@code controls})
 */
@TraversalRow("framework-clauses")
public record FrameworkClause(String uid, String ref, String label, String title, String parent, Boolean inCatalog,
        List<Map<String, Object>> controlsByParty) {
}
