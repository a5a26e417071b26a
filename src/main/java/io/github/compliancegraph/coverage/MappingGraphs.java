package io.github.compliancegraph.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.compliancegraph.coverage.MappingGraph.AttestationRow;
import io.github.compliancegraph.coverage.MappingGraph.CitationRow;
import io.github.compliancegraph.coverage.MappingGraph.ClauseRow;
import io.github.compliancegraph.coverage.MappingGraph.DerivationRow;
import io.github.compliancegraph.coverage.MappingGraph.Fingerprint;
import io.github.compliancegraph.coverage.MappingGraph.MappingRow;
import io.github.compliancegraph.coverage.MappingGraph.Rows;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.neo4j.GraphChanged;
import io.github.compliancegraph.traversal.QueryLimits;
import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mapping snapshot of the graph as it is now. Every call reads the graph's fingerprint (the
 * version each import transaction increments, and count-store counts: one cheap statement) and
 * hands out the snapshot read at that fingerprint, reading it again when the graph has changed
 * (one read at a time; questions arriving meanwhile wait for it). A read never holds half an import,
 * whichever app instance imported it (see {@link #read()}). After this app's own imports it is read
 * again at once, in the background.
 */
@Component
class MappingGraphs {

    private static final Logger log = LoggerFactory.getLogger(MappingGraphs.class);

    private final Driver driver;
    private final CypherFiles cypher;
    private final TransactionConfig config;
    /** Reads that find the graph changed under them before one holds the lock throughout. */
    private static final int ATTEMPTS_WITHOUT_LOCK = 3;

    private final Object reading = new Object();
    private final ExecutorService reader = Executors.newFixedThreadPool(3, daemon("mapping-snapshot-reader"));
    /** One read after imports at a time, and at most one more waiting: later imports are read by that one. */
    private final ExecutorService refresher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
            daemon("mapping-snapshot-refresh"), new ThreadPoolExecutor.DiscardPolicy());
    private volatile MappingGraph current;

    MappingGraphs(Driver driver, CypherFiles cypher, QueryLimits limits) {
        this.driver = driver;
        this.cypher = cypher;
        this.config = TransactionConfig.builder().withTimeout(limits.snapshotTimeout()).build();
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

    /**
     * After an import of this app commits, reads the snapshot again in the background, so that the
     * next question finds it ready (one that comes meanwhile waits for that read rather than starting
     * another). Nothing is read where no question was asked yet, such as a command-line import.
     */
    @EventListener(GraphChanged.class)
    void readAgainSoon() {
        if (current != null) {
            refresher.execute(() -> {
                try {
                    current();
                } catch (RuntimeException e) {
                    log.warn("Could not read the mapping snapshot after an import; the next question will: {}", e.getMessage());
                }
            });
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
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

    /**
     * Reads the snapshot without keeping imports waiting: the fingerprint is read under the lock
     * every import holds from its version increment to the end of its commit (so no commit is half
     * visible then), the rows without it, and the fingerprint again under the lock (which waits for
     * a commit under way). The same fingerprint both times means no import committed in between. When
     * imports keep landing, the last attempt holds the lock throughout, and they wait for it.
     */
    private MappingGraph read() {
        long started = System.nanoTime();
        Fingerprint fingerprint = null;
        Rows rows = null;
        for (int attempt = 1; rows == null; attempt++) {
            if (attempt < ATTEMPTS_WITHOUT_LOCK) {
                Fingerprint before = underLock(this::fingerprint);
                Rows read = rows();
                fingerprint = underLock(this::fingerprint);
                rows = fingerprint.equals(before) ? read : null;
            } else {
                var held = underLock(tx -> Map.entry(fingerprint(tx), rows()));
                fingerprint = held.getKey();
                rows = held.getValue();
            }
        }
        long read = System.nanoTime();
        var graph = new MappingGraph(fingerprint, rows);
        log.info("Read the {}: {} ms to read, {} ms to build", graph, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return graph;
    }

    /** In a write transaction that takes the graph-state node's lock first (cypher/snapshot/lock.cypher) and changes nothing. */
    private <T> T underLock(Function<TransactionContext, T> work) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run(cypher.get("snapshot/lock")).consume();
                return work.apply(tx);
            }, config);
        }
    }

    /** Clauses, mappings, citations and attestations, read side by side, each in a transaction of its own. */
    private Rows rows() {
        var clauses = CompletableFuture.supplyAsync(this::clauses, reader);
        var mappings = CompletableFuture.supplyAsync(() -> readAll("snapshot/mappings", r -> new MappingRow(r.get("from").asString(),
                r.get("to").asString(), r.get("relationship").asString(null), number(r.get("forwardConfidence")),
                r.get("reverseRelationship").asString(null), number(r.get("reverseConfidence")), r.get("source").asString())), reader);
        var citations = CompletableFuture.supplyAsync(() -> readAll("snapshot/citations", r -> new CitationRow(
                r.get("clause").asString(), r.get("control").asString(), r.get("party").asString(), r.get("role").asString(null))), reader);
        // small: read on this thread meanwhile
        var attestations = readAll("snapshot/attestations", r -> new AttestationRow(r.get("clause").asString(),
                r.get("party").asString(), r.get("service").asString(), r.get("audit").asString()));
        var derivations = readAll("snapshot/derivations", r -> new DerivationRow(r.get("framework").asString(),
                r.get("base").asString(), r.get("source").asString(null)));
        return new Rows(join(clauses), join(mappings), join(citations), attestations, derivations);
    }

    /** Clauses, once each: a clause with two parents comes in two rows. */
    private List<ClauseRow> clauses() {
        var clauses = new LinkedHashMap<String, ClauseRow>();
        readAll("snapshot/clauses", r -> new ClauseRow(r.get("uid").asString(), r.get("framework").asString(null), r.get("ref").asString(null),
                r.get("sortKey").asString(null), r.get("label").asString(null), r.get("title").asString(null), r.get("chapter").asString(null),
                r.get("assessable").asBoolean(), r.get("parent").isNull() ? List.of() : List.of(r.get("parent").asString())))
                .forEach(c -> clauses.merge(c.uid(), c, (one, more) -> new ClauseRow(one.uid(), one.framework(), one.ref(), one.sortKey(),
                        one.label(), one.title(), one.chapter(), one.assessable(),
                        Stream.concat(one.parents().stream(), more.parents().stream()).toList())));
        return List.copyOf(clauses.values());
    }

    private static Double number(Value value) {
        return value.isNull() ? null : value.asDouble();
    }

    private <T> List<T> readAll(String statement, Function<Record, T> row) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(statement)).list(row), config);
        }
    }

    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void close() {
        refresher.shutdownNow();
        reader.shutdownNow();
    }
}
