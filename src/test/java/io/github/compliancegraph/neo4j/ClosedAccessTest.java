package io.github.compliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Everything closed: reads need an account, Bolt needs the neo4j user's password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "compliance.security.read-access=authenticated", "compliance.security.reader-password=reader-test-password",
        "compliance.embedded.bolt-auth=true", "compliance.embedded.bolt-password=bolt-test-password"})
// metrics are exported in tests only when asked for
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
// configured for this class alone: its context and database close when it ends, leaving the cache to the shared ones
@DirtiesContext
class ClosedAccessTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    DatabaseManagementService dbms;
    @Autowired
    Driver appDriver;

    @Test
    void readsNeedTheReadersOrTheImportersCredentials() {
        var anonymous = http.getForEntity("/api/frameworks", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.getForEntity("/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=key-management",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("reader", "wrong").getForEntity("/api/frameworks", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        var reader = http.withBasicAuth("reader", "reader-test-password");
        assertThat(reader.getForEntity("/api/frameworks", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("importer", "test-only-password").getForEntity("/api/frameworks", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        var readerWriting = reader.postForEntity("/api/imports/bundled", null, JsonNode.class);
        assertThat(readerWriting.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(readerWriting.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void probesNeedNoCredentialsAndSayNothingMoreThanUpOrDown() {
        var readiness = http.getForEntity("/actuator/health/readiness", JsonNode.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.getBody().get("components")).as("no details without credentials").isNull();
        assertThat(http.getForEntity("/actuator/health/liveness", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).as("metrics are a read")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var reader = http.withBasicAuth("reader", "reader-test-password");
        reader.getForEntity("/api/frameworks", JsonNode.class);
        assertThat(reader.getForEntity("/actuator/prometheus", String.class).getBody()).contains("compliance_traversal_seconds_count{traversal=\"frameworks\"");
        assertThat(reader.getForEntity("/actuator/env", String.class).getStatusCode()).as("not exposed").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void boltNeedsTheConfiguredPassword() {
        String uri = "bolt://localhost:" + EmbeddedNeo4jConfiguration.boltPort(dbms);
        Config plain = Config.builder().withoutEncryption().build();
        try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none(), plain)) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
        try (Driver defaultPassword = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "neo4j"), plain)) {
            assertThatThrownBy(defaultPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver configured = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "bolt-test-password"), plain);
                var session = configured.session()) {
            assertThat(session.run("MATCH (c:Control) RETURN count(c) AS n").single().get("n").asLong())
                    .as("the app itself logged in to import").isEqualTo(354);
        }
        try (var session = appDriver.session()) {
            assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        }
    }
}
