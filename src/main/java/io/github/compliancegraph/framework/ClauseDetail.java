package io.github.compliancegraph.framework;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * One clause with what serves it and what it is linked to: the row of the {@code clause} traversal.
 *
 * @param label     what to show the clause as: its ref, or for a clause its catalog gives no ref, its place and title
 * @param inCatalog whether its framework's catalog holds it (false: only a document cites it)
 * @param parent    the uid of the clause above it, or the framework's id for a top-level clause
 * @param children  the uids of the clauses under it
 * @param controls  the statements serving it, with their parties and how the citation was read
 * @param coCited   the clauses of other frameworks the same statements serve, with those statements
 * @param mappings  the clauses a mapping links it to, with the relationships, their sources and the best confidence
 */
@TraversalRow("clause")
public record ClauseDetail(String uid, String framework, String ref, String label, String title, String text,
        Boolean inCatalog, String parent, List<String> children, List<Map<String, Object>> controls,
        List<Map<String, Object>> coCited, List<Map<String, Object>> mappings) {
}
