package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.problem.ImportInProgressException;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportSafetyTest {

    @Autowired
    Driver driver;
    @Autowired
    ImportService imports;
    @Autowired
    BundledSources bundled;
    @Autowired
    GraphWriter writer;
    @Autowired
    TestRestTemplate http;

    private SourceManifest matrixManifest() {
        return bundled.manifests().stream().filter(m -> m.id().equals("outscale-matrix")).findFirst().orElseThrow();
    }

    @Test
    void importingAgainChangesNothing() {
        GraphFingerprint before = GraphFingerprint.of(driver).withoutImportRuns();
        var response = http.withBasicAuth("importer", "test-only-password").postForEntity("/api/imports/bundled", null, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).hasSize(2);
        assertThat(GraphFingerprint.of(driver).withoutImportRuns()).isEqualTo(before);
    }

    @Test
    void aTransactionFailingHalfWayLeavesTheGraphAsItWas() {
        GraphFingerprint before = GraphFingerprint.of(driver);
        SourceManifest manifest = matrixManifest();
        String text = new String(bundled.content(manifest), StandardCharsets.UTF_8).replace("Outscale protège", "Outscale garde");
        var source = new ImportedSource(manifest.id(), manifest.kind(), manifest.file(), "changed", null, null, "fr", "x", null);
        SourceGraph changed = new io.github.compliancegraph.imports.matrix.ResponsibilityMatrixReader()
                .read(manifest, source, text, writer.catalogRefs());
        var extras = new ArrayList<>(changed.extras());
        extras.add(new CypherCall("import/no-such-statement", Map.of()));
        SourceGraph failing = new SourceGraph(changed.source(), changed.parties(), changed.controls(), extras, List.of());
        var report = ImportReport.of(failing, Instant.now(), 0);

        assertThatThrownBy(() -> writer.replaceSource(failing, report, writer.catalogRefs())).hasMessageContaining("no-such-statement");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aRejectedDocumentLeavesTheGraphAsItWas() {
        GraphFingerprint before = GraphFingerprint.of(driver);
        assertThatThrownBy(() -> imports.importDocument(matrixManifest(),
                "1. Introduction\n\nNo responsibility block here.\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("no statement found");
        assertThatThrownBy(() -> imports.importDocument(matrixManifest(), new byte[0]))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void reportIsServedWithCountsAndEveryReferenceWorthASecondLook() {
        JsonNode report = http.getForObject("/api/imports/outscale-matrix", JsonNode.class);
        assertThat(report.get("controls").asInt()).isEqualTo(348);
        assertThat(report.get("controlsByParty").get("outscale").asInt()).isEqualTo(295);
        assertThat(report.get("controlsByParty").get("client").asInt()).isEqualTo(53);
        assertThat(report.get("referencesByFramework").get("iso27001-2013").get("not-in-catalog").asInt()).isEqualTo(3);
        List<String> listed = new ArrayList<>();
        report.get("listedReferences").forEach(r -> listed.add(r.get("line").asInt() + " " + r.get("target").asText() + " " + r.get("resolution").asText()));
        assertThat(listed).contains("497 iso27001-2013:A.15.1.13 not-in-catalog", "144 iso27001-2013:6.1.f not-in-catalog",
                "143 iso27001-2013:6.1.3 context", "192 iso27001-2013:A.6.1.3 context");
        List<Integer> problemLines = new ArrayList<>();
        report.get("problems").forEach(p -> problemLines.add(p.get("line").asInt()));
        assertThat(problemLines).contains(79, 119, 562);

        assertThat(http.getForObject("/api/imports", JsonNode.class)).extracting(r -> r.get("source").asText())
                .as("the two documents, the bundled NIST rev 4 catalog and the FedRAMP rev 4 baselines")
                .containsExactlyInAnyOrder("outscale-matrix", "microsoft-mars-e", "nist-sp800-53-r4-catalog",
                        "fedramp-low-r4-profile", "fedramp-moderate-r4-profile", "fedramp-high-r4-profile");
        var missing = http.getForEntity("/api/imports/nope", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).contains("nope");
    }

    @Test
    void changedDocumentReplacesItsControlsWithoutOrphans() {
        SourceManifest manifest = matrixManifest();
        byte[] original = bundled.content(manifest);
        try {
            String changed = new String(original, StandardCharsets.UTF_8)
                    .replace("Outscale restreint l'accès aux codes sources des programmes.\tISO – A9.4.5\n", "");
            imports.importDocument(manifest, changed.getBytes(StandardCharsets.UTF_8));
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (c:Control {source: 'outscale-matrix'}) RETURN count(c) AS n").single().get("n").asInt()).isEqualTo(347);
                assertThat(session.run("MATCH (c:Control) WHERE c.text STARTS WITH $start RETURN count(c) AS n",
                        Map.of("start", "Outscale restreint l'accès aux codes sources")).single().get("n").asInt()).isZero();
                assertThat(session.run("MATCH (c:Control) WHERE NOT (c)-[:FROM_SOURCE]->(:Source) RETURN count(c) AS n").single().get("n").asInt()).isZero();
                assertThat(session.run("MATCH (cl:Clause {inCatalog: false}) WHERE NOT EXISTS { (cl)<-[:PART_OF*0..]-(:Clause)<-[:MAPS_TO]-() } RETURN count(cl) AS n").single().get("n").asInt()).isZero();
            }
        } finally {
            imports.importDocument(manifest, original);
        }
    }

    @Test
    void concurrentImportsAreSerialisedOrRefusedNeverInterleaved() throws Exception {
        SourceManifest manifest = matrixManifest();
        byte[] original = bundled.content(manifest);
        byte[] shorter = new String(original, StandardCharsets.UTF_8)
                .replace("Outscale restreint l'accès aux codes sources des programmes.\tISO – A9.4.5\n", "")
                .getBytes(StandardCharsets.UTF_8);
        GraphFingerprint originalGraph = GraphFingerprint.of(driver).withoutImportRuns();
        try {
            imports.importDocument(manifest, shorter);
            GraphFingerprint shorterGraph = GraphFingerprint.of(driver).withoutImportRuns();
            assertThat(shorterGraph).isNotEqualTo(originalGraph);
            for (int round = 0; round < 3; round++) {
                var start = new java.util.concurrent.CountDownLatch(1);
                var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
                var landed = new java.util.concurrent.ConcurrentLinkedQueue<String>();
                var refused = new java.util.concurrent.atomic.AtomicInteger();
                for (var version : Map.of("original", original, "shorter", shorter).entrySet()) {
                    pool.submit(() -> {
                        start.await();
                        try {
                            imports.importDocument(manifest, version.getValue());
                            landed.add(version.getKey());
                        } catch (ImportInProgressException busy) {
                            refused.incrementAndGet();
                        }
                        return null;
                    });
                }
                start.countDown();
                pool.shutdown();
                assertThat(pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
                assertThat(landed.size() + refused.get()).isEqualTo(2);
                assertThat(landed).isNotEmpty();
                // the graph is the version that landed last, whole: never a mix of the two
                String last = landed.stream().reduce((a, b) -> b).orElseThrow();
                assertThat(GraphFingerprint.of(driver).withoutImportRuns())
                        .isEqualTo(last.equals("original") ? originalGraph : shorterGraph);
            }
        } finally {
            imports.importDocument(manifest, original);
        }
    }
}
