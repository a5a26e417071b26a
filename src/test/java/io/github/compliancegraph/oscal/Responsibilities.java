package io.github.compliancegraph.oscal;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/** What an OSCAL round trip must keep of one source's statements for one framework. */
public final class Responsibilities {

    private Responsibilities() {
    }

    /**
     * (parties, section, text, statement id) per statement, and (party, text, clause) per mapping of
     * one framework, of one source; sorted lists, since a matrix may repeat a statement.
     */
    public static Map<String, List<String>> of(Driver driver, String source, String framework) {
        try (var session = driver.session()) {
            List<String> controls = sorted(session.run("""
                    MATCH (c:Control {source: $source})-[:MAPS_TO]->(:Clause {framework: $framework})
                    WITH DISTINCT c
                    MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c)
                    WITH c, p ORDER BY p.id
                    WITH c, collect(p.id + '/' + p.role + '/' + p.name) AS parties
                    RETURN c.section AS section, c.text AS text, c.statementId AS id, parties
                    """, Map.of("source", source, "framework", framework))
                    .list(r -> List.of(r.get("parties").asList(), r.get("section").asString(), r.get("text").asString(),
                            r.get("id").asString("none"))));
            List<String> mappings = sorted(session.run("""
                    MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control {source: $source})-[:MAPS_TO]->(cl:Clause {framework: $framework})
                    RETURN p.id AS party, c.text AS text, cl.uid AS clause""", Map.of("source", source, "framework", framework))
                    .list(r -> List.of(r.get("party").asString(), r.get("text").asString(), r.get("clause").asString())));
            return Map.of("controls", controls, "mappings", mappings);
        }
    }

    private static List<String> sorted(List<List<Object>> rows) {
        return rows.stream().map(Object::toString).sorted().toList();
    }
}
