package io.github.compliancegraph.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.imports.cisoassistant.RequirementUrn;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * The clauses that CISO Assistant requirement urns name. By urn first, since a clause imported from a
 * CISO Assistant library keeps its node's urn as {@code sourceId}; then, for a urn no imported node has,
 * by the framework and ref the urn spells ({@link RequirementUrn}) among the catalog clauses in the graph,
 * since catalogs that come without urns (the shipped ones, OSCAL or CSV imports) hold the same clauses.
 */
@Component
public class RequirementClauses {

    private final Driver driver;
    private final CypherFiles cypher;

    RequirementClauses(Driver driver, CypherFiles cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Clause uid by urn, for the urns that name a clause in the graph; both lookups read one snapshot. */
    public Map<String, String> uidsByUrn(Collection<String> urns) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, String> uids = new HashMap<>();
                tx.run(cypher.get("import/clauses-by-source-id"), Map.of("ids", List.copyOf(urns)))
                        .forEachRemaining(r -> uids.put(r.get("sourceId").asString(), r.get("uid").asString()));
                // urns differing only in case or in a renamed framework spell the same requirement
                Map<RequirementUrn, List<String>> byRef = new LinkedHashMap<>();
                urns.stream().filter(urn -> !uids.containsKey(urn)).forEach(urn -> RequirementUrn.parse(urn)
                        .ifPresent(requirement -> byRef.computeIfAbsent(requirement, r -> new ArrayList<>()).add(urn)));
                if (!byRef.isEmpty()) {
                    var requirements = byRef.keySet().stream().map(r -> Map.of("framework", r.framework(), "ref", r.ref())).toList();
                    tx.run(cypher.get("import/clauses-by-framework-ref"), Map.of("requirements", requirements)).forEachRemaining(r ->
                            byRef.get(new RequirementUrn(r.get("framework").asString(), r.get("ref").asString()))
                                    .forEach(urn -> uids.put(urn, r.get("uid").asString())));
                }
                return uids;
            });
        }
    }
}
