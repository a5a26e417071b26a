package io.github.compliancegraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A traversal that enumerates paths over a pathological graph is stopped by the query timeout with
 * a 503, while other requests keep being answered: the neighbourhood of a clause under a lattice
 * of parents (eight levels of eight clauses, each part of all eight above: 16 million chains).
 * Crosswalks no longer enumerate: at their largest maxHops over five frameworks of 40 clauses each
 * mapped to every clause of the other four (billions of 4-hop paths, which the path enumeration
 * used to run into the timeout), they answer well within it. Past the limit of heavy queries at
 * once (one here), more are refused promptly with 503 and Retry-After, and cheap reads go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"compliance.api.query-timeout=2s", "compliance.imports.on-start=never",
                "compliance.api.heavy.concurrency=1", "compliance.api.heavy.queue-wait=200ms"})
@ActiveProfiles("test")
// configured for this class alone: its context and database close when it ends, leaving the cache to the shared ones
@DirtiesContext
class TraversalTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String DENSE_FIXTURE = """
            UNWIND $frameworks AS f
            CREATE (fw:Framework {id: f, name: f})
            WITH fw, f
            UNWIND range(1, $clauses) AS i
            CREATE (:Clause {uid: f + ':' + i, framework: f, ref: toString(i), inCatalog: true, assessable: true})-[:PART_OF]->(fw)
            WITH count(*) AS created
            MATCH (a:Clause), (b:Clause)
            WHERE a.framework IN $frameworks AND b.framework IN $frameworks AND a.framework < b.framework
            CREATE (a)-[:MAPS_TO {relationship: 'equal', source: 'dense-fixture'}]->(b)
            """;
    private static final String LATTICE_FIXTURE = """
            CREATE (fw:Framework {id: 'lattice', name: 'lattice'})
            WITH fw
            UNWIND range(0, $levels - 1) AS level
            UNWIND range(1, $width) AS i
            CREATE (:Clause {uid: 'lattice:' + level + '.' + i, framework: 'lattice', ref: level + '.' + i, level: level,
                             inCatalog: true, assessable: level = 0})
            WITH count(*) AS created
            MATCH (below:Clause {framework: 'lattice'}), (above:Clause {framework: 'lattice'})
            WHERE above.level = below.level + 1
            CREATE (below)-[:PART_OF]->(above)
            """;

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    @Autowired
    CypherFiles cypher;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void aPathologicalTraversalIsStoppedWithoutStallingOtherRequests() throws Exception {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(LATTICE_FIXTURE, Map.of("levels", 9, "width", 8)).consume());
        }
        String cheap = "/api/frameworks/lattice";
        assertThat(http.send(get(cheap), HttpResponse.BodyHandlers.ofString()).statusCode()).as("warm-up").isEqualTo(200);
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> pathological = List.of(
                http.sendAsync(get("/api/traversals/neighbourhood?clause=lattice:0.1&limit=2000"), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(get("/api/traversals/neighbourhood?clause=lattice:0.2&limit=2000"), HttpResponse.BodyHandlers.ofString()));
        var others = new Histogram(3);
        long otherErrors = 0;
        while (pathological.stream().anyMatch(f -> !f.isDone())) {
            long sent = System.nanoTime();
            var answer = http.send(get(cheap), HttpResponse.BodyHandlers.ofString());
            others.recordValue((System.nanoTime() - sent) / 1_000);
            otherErrors += answer.statusCode() == 200 ? 0 : 1;
        }
        long stoppedAfterMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("timeout test: 2 neighbourhoods over the parent lattice stopped after %d ms (timeout %d ms); "
                + "meanwhile %d other requests, p99 %.1f ms, max %.1f ms, %d errors%n", stoppedAfterMs, TIMEOUT.toMillis(),
                others.getTotalCount(), others.getValueAtPercentile(99) / 1000.0, others.getMaxValue() / 1000.0, otherErrors);

        var json = new ObjectMapper();
        for (var future : pathological) {
            HttpResponse<String> answer = future.get();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("title").asText()).isEqualTo("Query timed out");
        }
        assertThat(stoppedAfterMs).as("stopped near the timeout, not run to the end").isLessThan(TIMEOUT.toMillis() + 30_000);
        assertThat(otherErrors).isZero();
        assertThat(others.getTotalCount()).as("other requests answered while the neighbourhoods ran").isGreaterThan(3);
        assertThat(others.getMaxValue() / 1000).as("no other request waited for them").isLessThan(TIMEOUT.toMillis() + 3_000);
    }

    /** The dense fixture, written once for the tests that use it. */
    private synchronized void dense() {
        try (var session = driver.session()) {
            if (session.run("MATCH (f:Framework {id: 'dense-a'}) RETURN count(f) AS n").single().get("n").asLong() == 0) {
                session.executeWriteWithoutResult(tx -> {
                    tx.run(DENSE_FIXTURE, Map.of("frameworks", List.of("dense-a", "dense-b", "dense-c", "dense-d", "dense-e"),
                            "clauses", 40)).consume();
                    // the mappings read from both ends, as every import does before it commits
                    tx.run(cypher.get("import/clause-mappings-read-both-ways")).consume();
                });
            }
        }
    }

    @Test
    void crosswalksOverADenseGraphSelectPathsAndAnswerWithinTheTimeout() throws Exception {
        dense();
        var json = new ObjectMapper();
        // the first answer after the graph changed reads the mapping snapshot again
        assertThat(http.send(get("/api/crosswalk?from=dense-e&to=dense-a"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        for (String path : List.of("/api/crosswalk?from=dense-a&to=dense-b&maxHops=4",
                "/api/traversals/crosswalk?from=dense-c&to=dense-d&maxHops=4&perClause=20")) {
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(get(path), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("timeout test: %s answered %d in %d ms%n", path, answer.statusCode(), ms);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(ms).as("well within the timeout").isLessThan(TIMEOUT.toMillis() / 2);
            JsonNode rows = json.readTree(answer.body()).get("rows");
            int perClause = path.contains("perClause=20") ? 20 : 3;
            assertThat(rows).hasSize(40 * perClause).allSatisfy(r -> {
                assertThat(r.get("hops").asInt()).isEqualTo(1);
                assertThat(r.get("score").asDouble()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void heavyQueriesPastTheLimitAreRefusedPromptlyWithRetryAfterWhileCheapReadsGoOn() throws Exception {
        dense();
        String heavy = "/api/traversals/crosswalk?from=dense-a&to=dense-b&maxHops=4&perClause=20";
        assertThat(http.send(get(heavy), HttpResponse.BodyHandlers.ofString()).statusCode()).as("warm-up").isEqualTo(200);
        var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        var took = new java.util.concurrent.ConcurrentHashMap<HttpResponse<String>, Long>();
        for (int i = 0; i < 12; i++) {
            long sent = System.nanoTime();
            answers.add(http.sendAsync(get(heavy), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                took.put(r, (System.nanoTime() - sent) / 1_000_000);
                return r;
            }));
        }
        var cheap = new Histogram(3);
        while (answers.stream().anyMatch(f -> !f.isDone())) {
            long sent = System.nanoTime();
            assertThat(http.send(get("/api/frameworks/dense-e"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            cheap.recordValue((System.nanoTime() - sent) / 1_000);
        }
        var json = new ObjectMapper();
        int ok = 0;
        int refused = 0;
        for (var future : answers) {
            HttpResponse<String> answer = future.get();
            if (answer.statusCode() == 200) {
                ok++;
                continue;
            }
            refused++;
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json.readTree(answer.body()).get("title").asText()).isEqualTo("Too many heavy queries at once");
            assertThat(took.get(answer)).as("refused after waiting its turn at most 200 ms, not until the timeout")
                    .isLessThan(TIMEOUT.toMillis());
        }
        System.out.printf("overload test: 12 heavy queries at once, limit 1: %d answered, %d refused with 503; %d cheap reads meanwhile, max %.1f ms%n",
                ok, refused, cheap.getTotalCount(), cheap.getMaxValue() / 1000.0);
        assertThat(ok).isPositive();
        assertThat(refused).isPositive();
        assertThat(cheap.getMaxValue() / 1000).as("cheap reads never wait for heavy ones' turns").isLessThan(TIMEOUT.toMillis());
    }
}
