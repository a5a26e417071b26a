package io.github.compliancegraph.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.ComplianceGraphApplication;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A first start on an empty database, watched from outside as a script would: the API never
 * answers 200 from a graph still being imported, readiness turns UP only once every bundled
 * document and catalog is in, and a restart on the same data keeps the graph without importing again.
 */
@SystemTest
class FirstStartTest {

    private static final Logger log = LoggerFactory.getLogger(FirstStartTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The two documents, the NIST SP 800-53 rev 4 catalog and the three FedRAMP rev 4 profiles. */
    private static final int BUNDLED_SOURCES = 6;

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(ComplianceGraphApplication.class).run(
                "--compliance.embedded.home=" + home, "--compliance.embedded.bolt-port=0",
                "--compliance.embedded.page-cache=32m", "--server.port=" + port);
    }

    /** One poll: what /api/parties and readiness said at that moment, or null while nothing listens. */
    private record Poll(long atMs, HttpResponse<String> parties, HttpResponse<String> readiness) {
    }

    @Test
    void answersOnlyFromTheWholeGraphAndKeepsItAcrossARestart() throws Exception {
        int port = freePort();
        long launched = System.nanoTime();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() -> start(port));
        var polls = new ArrayList<Poll>();
        long deadline = launched + Duration.ofMinutes(3).toNanos();
        while (!starting.isCompletedExceptionally() && System.nanoTime() < deadline && (polls.isEmpty() || !isUp(polls.get(polls.size() - 1)))) {
            polls.add(new Poll((System.nanoTime() - launched) / 1_000_000, get(port, "/api/parties"), get(port, "/actuator/health/readiness")));
            Thread.sleep(200);
        }
        GraphFingerprint first;
        try (var app = starting.join()) {
            Driver driver = app.getBean(Driver.class);
            HttpResponse<String> whole = get(port, "/api/parties");
            int parties = JSON.readTree(whole.body()).get("rows").size();
            assertThat(parties).as("parties of the two documents").isGreaterThanOrEqualTo(4);
            List<Poll> answered = polls.stream().filter(p -> p.parties() != null).toList();
            assertThat(answered).as("HTTP answered while the bundled documents were imported").anyMatch(p -> p.parties().statusCode() == 503);
            for (Poll poll : answered) {
                if (poll.parties().statusCode() == 200) {
                    assertThat(JSON.readTree(poll.parties().body()).get("rows").size()).as("a 200 at %d ms", poll.atMs()).isEqualTo(parties);
                } else {
                    assertThat(poll.parties().statusCode()).isEqualTo(503);
                    assertThat(poll.parties().headers().firstValue("Retry-After")).isPresent();
                    assertThat(poll.parties().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
                    assertThat(JSON.readTree(poll.parties().body()).get("detail").asText()).contains("importing the bundled documents");
                }
                if (poll.readiness() != null && poll.readiness().statusCode() == 503) {
                    assertThat(JSON.readTree(poll.readiness().body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");
                    assertThat(poll.parties().statusCode()).as("not ready, not answered").isEqualTo(503);
                }
            }
            Poll ready = polls.stream().filter(FirstStartTest::isUp).findFirst().orElseThrow();
            log.info("First start: HTTP answered after {} ms, ready after {} ms ({} polls)", answered.get(0).atMs(), ready.atMs(), polls.size());
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            JsonNode imports = JSON.readTree(get(port, "/api/imports").body());
            assertThat(imports.toString()).contains("outscale-matrix", "microsoft-mars-e", "nist-sp800-53-r4-catalog",
                    "fedramp-moderate-r4-profile");
            assertThat(get(port, "/actuator/prometheus").body()).contains("compliance_imports_seconds_count{", "outcome=\"imported\"",
                    "compliance_requests_refused_total{reason=\"not-ready\"}");
            first = GraphFingerprint.of(driver);
            assertThat(first.labels()).containsEntry("Control", 354L);
            assertThat(importRuns(driver)).isEqualTo(BUNDLED_SOURCES);
        }
        try (var app = start(freePort())) {
            Driver driver = app.getBean(Driver.class);
            assertThat(GraphFingerprint.of(driver)).isEqualTo(first);
            assertThat(importRuns(driver)).as("no second import on a database that holds them").isEqualTo(BUNDLED_SOURCES);
        }
    }

    private static boolean isUp(Poll poll) {
        return poll.readiness() != null && poll.readiness().statusCode() == 200;
    }

    private HttpResponse<String> get(int port, String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException nothingListensYet) {
            return null;
        }
    }

    private static long importRuns(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (r:ImportRun) RETURN count(r) AS n").single().get("n").asLong();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
