package io.github.compliancegraph.coverage;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import io.github.compliancegraph.coverage.MappingGraph.CitationRow;
import io.github.compliancegraph.coverage.MappingGraph.ClauseRow;
import io.github.compliancegraph.coverage.MappingGraph.Fingerprint;
import io.github.compliancegraph.coverage.MappingGraph.MappingRow;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mapping snapshot of the graph as it is now. Every call reads the graph's fingerprint (the
 * version each import transaction increments, and count-store counts: one cheap statement) and
 * hands out the snapshot read at that fingerprint, reading it again when the graph has changed.
 * The snapshot is read in one transaction that first takes the lock every import takes before it
 * commits, so it never holds half an import, whichever app instance on the database imported it.
 */
@Component
class MappingGraphs {

    private static final Logger log = LoggerFactory.getLogger(MappingGraphs.class);

    private final Driver driver;
    private final CypherFiles cypher;
    private final TransactionConfig config;
    private final Object reading = new Object();
    private volatile MappingGraph current;

    MappingGraphs(Driver driver, CypherFiles cypher, @Value("${compliance.api.snapshot-timeout:2m}") Duration timeout) {
        this.driver = driver;
        this.cypher = cypher;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
    }

    MappingGraph current() {
        MappingGraph graph = current;
        if (graph != null && graph.fingerprint().equals(fingerprint())) {
            return graph;
        }
        synchronized (reading) {
            graph = current;
            // another request may have read it meanwhile
            if (graph == null || !graph.fingerprint().equals(fingerprint())) {
                graph = read();
                current = graph;
            }
            return graph;
        }
    }

    private Fingerprint fingerprint() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> fingerprint(tx), config);
        }
    }

    private Fingerprint fingerprint(SimpleQueryRunner tx) {
        Record r = tx.run(cypher.get("snapshot/fingerprint")).single();
        return new Fingerprint(r.get("version").asLong(), r.get("clauses").asLong(), r.get("mapsTo").asLong(),
                r.get("responsibleFor").asLong(), r.get("partOf").asLong());
    }

    private MappingGraph read() {
        long started = System.nanoTime();
        MappingGraph graph;
        try (var session = driver.session()) {
            // a write transaction only for the lock (cypher/snapshot/lock.cypher); it changes nothing
            graph = session.executeWrite(tx -> {
                tx.run(cypher.get("snapshot/lock")).consume();
                Fingerprint fingerprint = fingerprint(tx);
                var clauses = new LinkedHashMap<String, ClauseRow>();
                tx.run(cypher.get("snapshot/clauses")).forEachRemaining(r -> clauses.merge(r.get("uid").asString(),
                        new ClauseRow(r.get("uid").asString(), r.get("framework").asString(null), r.get("ref").asString(null),
                                r.get("title").asString(null), r.get("assessable").asBoolean(),
                                r.get("parent").isNull() ? List.of() : List.of(r.get("parent").asString())),
                        (one, more) -> new ClauseRow(one.uid(), one.framework(), one.ref(), one.title(), one.assessable(),
                                Stream.concat(one.parents().stream(), more.parents().stream()).toList())));
                List<MappingRow> mappings = tx.run(cypher.get("snapshot/mappings")).list(r -> new MappingRow(r.get("from").asString(),
                        r.get("to").asString(), r.get("relationship").asString(null), r.get("source").asString()));
                List<CitationRow> citations = tx.run(cypher.get("snapshot/citations")).list(r -> new CitationRow(
                        r.get("clause").asString(), r.get("control").asString(), r.get("party").asString(), r.get("role").asString(null)));
                return new MappingGraph(fingerprint, List.copyOf(clauses.values()), mappings, citations);
            }, config);
        }
        log.info("Read the {} in {} ms", graph, (System.nanoTime() - started) / 1_000_000);
        return graph;
    }
}
