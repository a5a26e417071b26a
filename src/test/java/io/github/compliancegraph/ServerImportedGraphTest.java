package io.github.compliancegraph;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same graph contract against a Neo4j 5.26 server in a container, through
 * {@code spring.neo4j.uri}. Runs only where a Docker engine answers.
 */
@Testcontainers
@EnabledIf(value = "dockerIsAvailable",
        disabledReason = "no Docker engine reachable: the Testcontainers Neo4j server variant runs only where Docker runs")
@SpringBootTest
@ActiveProfiles("test")
class ServerImportedGraphTest extends ImportedGraphContract {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withoutAuthentication();

    @DynamicPropertySource
    static void neo4jServer(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
    }

    static boolean dockerIsAvailable() {
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        if (!available) {
            System.err.println("SKIPPED ServerImportedGraphTest: no Docker engine reachable; "
                    + "the Testcontainers Neo4j server variant runs only where Docker runs");
        }
        return available;
    }
}
