package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.ReferenceFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** Importing reference files over HTTP: only with the importer's credentials, errors as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("import-endpoint")
@ActiveProfiles("test")
class ImportEndpointTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    Importers catalogs;

    private ResponseEntity<JsonNode> upload(TestRestTemplate client, String url, String fileName, String content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity(url, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private TestRestTemplate importer() {
        return http.withBasicAuth("importer", "test-only-password");
    }

    @Test
    void writesNeedTheImportersCredentials() {
        GraphFingerprint before = GraphFingerprint.of(driver);
        var anonymous = upload(http, "/api/imports/csv-catalog?framework=demo", "demo.csv", "ref\n1\n");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody().get("title").asText()).isEqualTo("Authentication required");
        var wrong = upload(http.withBasicAuth("importer", "guess"), "/api/imports/csv-catalog?framework=demo", "demo.csv", "ref\n1\n");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/imports/bundled", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        assertThat(http.getForEntity("/api/frameworks", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void csvCatalogAndMappingsOverHttp() {
        var catalog = upload(importer(), "/api/imports/csv-catalog?framework=demo-catalog", "demo.csv",
                "ref,parent,title\n1,,Chapter\n1.1,1,-1+2 keys rotated\n");
        assertThat(catalog.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(catalog.getBody().get("counts").get("clauses").asInt()).isEqualTo(2);
        var mappings = upload(importer(), "/api/imports/csv-mappings?mapping-set=demo-set", "map.csv",
                "source,target,relationship\ndemo-catalog:1.1,iso27001-2013:A.9.2.1,subset-of\ndemo-catalog:1.1,nowhere:1,equal\n");
        assertThat(mappings.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mappings.getBody().get("counts").get("mappings").asInt()).isEqualTo(1);
        assertThat(mappings.getBody().get("problems").toString()).contains("nowhere:1");
        String csv = http.getForObject("/api/frameworks/demo-catalog/clauses?format=csv", String.class);
        assertThat(csv).contains("'-1+2 keys rotated").doesNotContain(",-1+2");
    }

    @Test
    void badFilesAndOptionsAreClearProblemsAndChangeNothing() {
        GraphFingerprint before = GraphFingerprint.of(driver);
        var badCsv = upload(importer(), "/api/imports/csv-catalog?framework=demo2", "bad.csv", "ref,parent\n1,\n1.1,9\n");
        assertThat(badCsv.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badCsv.getBody().get("detail").asText()).contains("line 3, column 'parent'");
        var badJson = upload(importer(), "/api/imports/oscal-catalog?framework=demo3", "c.json", "{\"catalog\": [");
        assertThat(badJson.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badJson.getBody().get("detail").asText()).contains("line 1");
        var noFramework = upload(importer(), "/api/imports/csv-catalog", "demo.csv", "ref\n1\n");
        assertThat(noFramework.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFramework.getBody().get("parameter").asText()).isEqualTo("framework");
        var badId = upload(importer(), "/api/imports/csv-catalog?framework=../../etc", "demo.csv", "ref\n1\n");
        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var unknownKind = upload(importer(), "/api/imports/pdf", "x.pdf", "x");
        assertThat(unknownKind.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownKind.getBody().get("validValues").toString()).contains("oscal-catalog", "csv-mappings");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Autowired
    ImportCommand command;

    @Test
    void commandLineImportReportsProgressAndFailsWithOneReadableLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("cli.csv"), "ref,title\n1,One\n2,Two\n");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int ok = command.execute(new org.springframework.boot.DefaultApplicationArguments(
                "--import=csv-catalog", "--file=" + csv, "--framework=cli-demo"), new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertThat(ok).isZero();
        assertThat(out.toString()).contains("import csv-catalog: starting", "read 22 bytes", "import csv-catalog: done", "\"clauses\" : 2");
        err.reset();
        int failed = command.execute(new org.springframework.boot.DefaultApplicationArguments(
                "--import=csv-catalog", "--file=" + dir.resolve("missing.csv"), "--framework=cli-demo"),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
        assertThat(failed).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("import failed:").contains("missing.csv").doesNotContain("\n");
    }

    @Test
    void profileFindsItsCatalogLyingBesideIt() throws IOException {
        Path directory = Path.of(System.getProperty("shared.dir", "../shared"), "reference", "oscal", "nist-sp800-53-r4");
        Path profile = directory.resolve("NIST_SP-800-53_rev4_LOW-baseline_profile.json");
        Assumptions.assumeTrue(Files.exists(profile), "reference file absent: " + profile);
        // the bundled rev 4 catalog holds every control it selects, so it is the one taken
        ImportReport bundled = catalogs.importFile("oscal-profile", new ImportRequest(profile.getFileName().toString(),
                Files.readAllBytes(profile), Map.of("framework", "nist-low-bundled"), directory, null, null));
        assertThat(bundled.counts().toString()).contains("catalog=nist-sp800-53-r4", "selected=124");
        // a catalog id the graph does not hold: the catalog file lying beside the profile is imported as that id
        ImportReport report = catalogs.importFile("oscal-profile", new ImportRequest(profile.getFileName().toString(),
                Files.readAllBytes(profile), Map.of("framework", "nist-low-beside", "catalog", "nist-r4-beside"), directory, null, null));
        assertThat(report.counts().toString()).contains("catalog=nist-r4-beside", "selected=124");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (:Clause {framework: 'nist-low-beside'})-[:MAPS_TO {source: 'profile'}]->(c:Clause {framework: 'nist-r4-beside'}) RETURN count(c) AS n")
                    .single().get("n").asInt()).isEqualTo(124);
        }
    }

    private long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get("n").asLong();
        }
    }

    /** A CISO Assistant mapping library holding one set, whose mappings are given as (source urn, target urn) lines. */
    private static String mappingLibrary(String set, String sourceFramework, String targetFramework, String... mappings) {
        var yaml = new StringBuilder("""
                urn: urn:test:risk:library:%1$s
                name: %1$s
                objects:
                  requirement_mapping_set:
                    urn: urn:test:risk:req_mapping_set:%1$s
                    ref_id: %1$s
                    source_framework_urn: urn:intuitem:risk:framework:%2$s
                    target_framework_urn: urn:intuitem:risk:framework:%3$s
                    requirement_mappings:
                """.formatted(set, sourceFramework, targetFramework));
        for (String mapping : mappings) {
            String[] ends = mapping.split(" ");
            yaml.append("    - source_requirement_urn: ").append(ends[0]).append("\n")
                    .append("      target_requirement_urn: ").append(ends[1]).append("\n")
                    .append("      relationship: equal\n");
        }
        return yaml.toString();
    }

    @Test
    void isoMappingSetMeetsTheShippedCatalogByFrameworkAndRef() throws IOException {
        ReferenceFiles.assumePresent();
        assertThat(count("MATCH (c:Clause {framework: 'iso27001-2013', inCatalog: true}) WHERE c.sourceId IS NOT NULL RETURN count(c) AS n",
                Map.of())).as("the shipped catalog, which has no urns").isZero();
        catalogs.importFile("ciso-assistant", "iso27001-2022.yaml", ReferenceFiles.read("ciso-assistant/iso27001-2022.yaml"), Map.of());
        String set = "mapping-iso27001-2013-to-iso27001-2022";

        var report = upload(importer(), "/api/imports/ciso-assistant", set + ".yaml",
                new String(ReferenceFiles.read("ciso-assistant/" + set + ".yaml"), StandardCharsets.UTF_8));

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody().get("counts").get("mappings:" + set).asInt()).isEqualTo(134);
        assertThat(report.getBody().get("problems").toString()).doesNotContain(set);
        assertThat(count("""
                MATCH (:Clause {framework: 'iso27001-2013'})-[m:MAPS_TO {source: $set}]->(:Clause {framework: 'iso27001-2022'})
                RETURN count(m) AS n""", Map.of("set", set))).isEqualTo(134);
        assertThat(count("""
                MATCH (:Clause {uid: 'iso27001-2013:A.5.1.1'})-[:MAPS_TO {source: $set, relationship: 'subset-of'}]->(:Clause {uid: 'iso27001-2022:A.5.1'})
                RETURN count(*) AS n""", Map.of("set", set))).isEqualTo(1);
    }

    @Test
    void mappingsThatMeetNoClauseAreListedAsProblems() {
        String yaml = mappingLibrary("partial-set", "iso27001-2013", "iso27001-2013",
                "urn:intuitem:risk:req_node:iso27001-2013:a.9.2.1 urn:intuitem:risk:req_node:iso27001-2013:a.9.2.2",
                "urn:intuitem:risk:req_node:iso27001-2013:a.15.1.13 urn:intuitem:risk:req_node:iso27001-2013:a.9.2.2",
                "urn:intuitem:risk:req_node:iso27001-2013:a.9.2.1 urn:intuitem:risk:req_node:iso27001-2013:a.99.1");

        var report = upload(importer(), "/api/imports/ciso-assistant", "partial.yaml", yaml);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody().get("counts").get("mappings:partial-set").asInt()).isEqualTo(1);
        assertThat(report.getBody().get("problems").toString()).contains("partial-set: 2 of 3 mappings skipped; 2 requirements",
                "[urn:intuitem:risk:req_node:iso27001-2013:a.15.1.13, urn:intuitem:risk:req_node:iso27001-2013:a.99.1]");
        assertThat(count("MATCH (:Clause {uid: 'iso27001-2013:A.9.2.1'})-[m:MAPS_TO {source: 'partial-set'}]->(:Clause {uid: 'iso27001-2013:A.9.2.2'}) RETURN count(m) AS n",
                Map.of())).isEqualTo(1);
    }

    @Test
    void aMappingSetMeetingNoClauseIsRefusedAndChangesNothing() {
        // the matrix cites HDS 4.4.6.10, but a citation is not a catalog clause a mapping set may land on
        assertThat(count("MATCH (c:Clause {uid: 'hds:4.4.6.10', inCatalog: false}) RETURN count(c) AS n", Map.of())).isOne();
        String yaml = mappingLibrary("nowhere-set", "hds", "acme-controls-1",
                "urn:intuitem:risk:req_node:hds:4.4.6.10 urn:intuitem:risk:req_node:acme-controls-1:a.5.1.1",
                "urn:intuitem:risk:req_node:hds:node378 urn:intuitem:risk:req_node:acme-controls-1:a.5.1.2");
        GraphFingerprint before = GraphFingerprint.of(driver);

        var refused = upload(importer(), "/api/imports/ciso-assistant", "nowhere.yaml", yaml);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).contains("nowhere.yaml", "nothing was imported",
                "hds and acme-controls-1", "urn:intuitem:risk:req_node:hds:4.4.6.10",
                "urn:intuitem:risk:req_node:acme-controls-1:a.5.1.2");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        assertThat(http.getForEntity("/api/imports/nowhere-set", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
