package io.github.compliancegraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A crosswalk at its largest maxHops over a small but pathological graph (five frameworks of 40
 * clauses, every clause mapped to every clause of the other four: 160 mappings each, billions of
 * 4-hop paths) is stopped by the query timeout with a 503, while other requests keep being answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"compliance.api.query-timeout=2s", "compliance.imports.on-start=never"})
@ActiveProfiles("test")
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

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void aPathologicalTraversalIsStoppedWithoutStallingOtherRequests() throws Exception {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(DENSE_FIXTURE, Map.of(
                    "frameworks", List.of("dense-a", "dense-b", "dense-c", "dense-d", "dense-e"), "clauses", 40)).consume());
        }
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> pathological = List.of(
                http.sendAsync(get("/api/crosswalk?from=dense-a&to=dense-b&maxHops=4"), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(get("/api/traversals/crosswalk?from=dense-c&to=dense-d&maxHops=4&perClause=20"),
                        HttpResponse.BodyHandlers.ofString()));
        var others = new Histogram(3);
        long otherErrors = 0;
        while (pathological.stream().anyMatch(f -> !f.isDone())) {
            long sent = System.nanoTime();
            var answer = http.send(get("/api/frameworks/dense-e"), HttpResponse.BodyHandlers.ofString());
            others.recordValue((System.nanoTime() - sent) / 1_000);
            otherErrors += answer.statusCode() == 200 ? 0 : 1;
        }
        long stoppedAfterMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("timeout test: 2 crosswalks (maxHops=4) over the dense fixture stopped after %d ms (timeout %d ms); "
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
        assertThat(others.getTotalCount()).as("other requests answered while the crosswalks ran").isGreaterThan(3);
        assertThat(others.getMaxValue() / 1000).as("no other request waited for the crosswalks").isLessThan(TIMEOUT.toMillis() + 3_000);
    }
}
