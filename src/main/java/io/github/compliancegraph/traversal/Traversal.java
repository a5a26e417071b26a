package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A named Cypher traversal from {@code cypher/traversals/<name>.cypher}.
 *
 * @param examples the values of the header's {@code :param} lines, as a URL would carry them
 * @param heavy    the header says {@code // @heavy}: it runs only a few at a time ({@link HeavyQueries})
 * @param cypher   the whole file; {@code body} is the file without its header comment
 */
public record Traversal(String name, String purpose, List<TraversalParameter> parameters, Map<String, String> examples,
        boolean heavy, String cypher, String body, String file) {

    /**
     * The Neo4j Browser command that sets this traversal's parameters to these values (run it, then
     * the body): {@code :params {framework: 'secnumcloud-3.2', limit: 300}}.
     */
    public String browserParams(Map<String, ?> values) {
        return parameters.stream()
                .map(p -> p.name() + ": " + CypherLiteral.of(p.typed(values.get(p.name()))))
                .collect(Collectors.joining(", ", ":params {", "}"));
    }
}
