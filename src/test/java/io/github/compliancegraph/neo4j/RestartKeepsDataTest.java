package io.github.compliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.github.compliancegraph.ComplianceGraphApplication;
import io.github.compliancegraph.GraphFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping and starting the app on the same data directory keeps the graph, and does not import again. */
class RestartKeepsDataTest {

    @TempDir
    Path home;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ComplianceGraphApplication.class).run(
                "--compliance.embedded.home=" + home, "--compliance.embedded.bolt-port=0",
                "--compliance.embedded.page-cache=32m", "--server.port=0");
    }

    private static long importRuns(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (r:ImportRun) RETURN count(r) AS n").single().get("n").asLong();
        }
    }

    @Test
    void graphSurvivesARestart() {
        GraphFingerprint first;
        try (var app = start()) {
            Driver driver = app.getBean(Driver.class);
            first = GraphFingerprint.of(driver);
            assertThat(first.labels()).containsEntry("Control", 354L);
            assertThat(importRuns(driver)).isEqualTo(2);
        }
        try (var app = start()) {
            Driver driver = app.getBean(Driver.class);
            assertThat(GraphFingerprint.of(driver)).isEqualTo(first);
            assertThat(importRuns(driver)).as("no second import on a database that holds documents").isEqualTo(2);
        }
    }
}
