package io.github.compliancegraph.topic;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A clause of a framework that statements about a party's topic touch: the row of the
 * {@code clauses-touching} traversal, which only its generic readers (the API, the explorer's and
 * Neo4j Browser's traversal runners) read.
 *
 * @param clause         the clause's uid, or the framework's id for a statement citing only the framework
 * @param link           direct (a statement of the party), boundary (of another party, on the same topic) or framework
 * @param controls       the statements touching it
 * @param parties        the parties responsible for them
 * @param path           the ids of the nodes that put it there: party, statement, clause, parents, framework
 * @param matchedKeyword the topic keyword the first statement matched
 */
@TraversalRow("clauses-touching")
public record TouchedClause(String clause, String link, List<String> controls, List<String> parties, List<String> path,
        String matchedKeyword, String title) {
}
