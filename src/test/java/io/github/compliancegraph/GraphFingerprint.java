package io.github.compliancegraph;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * What a graph holds, compactly: node counts per label, relationship counts per type, and a hash
 * of every uid and id. Two equal fingerprints mean nothing was added, lost or renamed.
 */
public record GraphFingerprint(Map<String, Long> labels, Map<String, Long> relationships, long identityHash) {

    public static GraphFingerprint of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var labels = new TreeMap<String, Long>();
                tx.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
                        .forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
                var relationships = new TreeMap<String, Long>();
                tx.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
                        .forEachRemaining(r -> relationships.put(r.get("type").asString(), r.get("n").asLong()));
                var keys = tx.run("""
                        MATCH (n) WHERE n.uid IS NOT NULL OR (n.id IS NOT NULL AND NOT n:ImportRun)
                        RETURN coalesce(n.uid, n.id) AS key ORDER BY key
                        """).list(r -> r.get("key").asString());
                return new GraphFingerprint(labels, relationships, String.join("\n", keys).hashCode());
            });
        }
    }

    /** The same fingerprint, not counting the import reports each run adds. */
    public GraphFingerprint withoutImportRuns() {
        var l = new TreeMap<>(labels);
        l.remove("ImportRun");
        var r = new TreeMap<>(relationships);
        r.remove("IMPORTED");
        return new GraphFingerprint(l, r, identityHash);
    }
}
