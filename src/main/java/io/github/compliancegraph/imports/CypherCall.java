package io.github.compliancegraph.imports;

import java.util.Map;

/** A named statement from {@code cypher/} with its parameters, run inside an import's transaction. */
public record CypherCall(String name, Map<String, Object> parameters) {
}
