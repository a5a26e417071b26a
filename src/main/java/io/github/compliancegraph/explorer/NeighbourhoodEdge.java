package io.github.compliancegraph.explorer;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * An edge of the graph around a clause, with both its ends: the row of the {@code neighbourhood} traversal.
 *
 * @param source        the id (uid) of the node it starts from
 * @param sourceLabel   that node's label: Clause, Framework, Control or Party
 * @param sourceCaption a short caption of that node
 * @param type          the relationship's type
 * @param relationship  what a mapping says (equal, subset-of...), null for other relationships
 */
@TraversalRow("neighbourhood")
record NeighbourhoodEdge(String source, String sourceLabel, String sourceCaption, String type, String relationship,
        String target, String targetLabel, String targetCaption) {
}
