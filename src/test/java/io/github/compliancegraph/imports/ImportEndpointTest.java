package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.GraphFingerprint;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "compliance.test.graph=import-endpoint")
@ActiveProfiles("test")
class ImportEndpointTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    CatalogImportService catalogs;

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
        Map<String, Object> report = catalogs.importOscalProfile(profile.getFileName().toString(), Files.readAllBytes(profile),
                "nist-low-beside", null, directory);
        assertThat(report.get("counts").toString()).contains("catalog=nist-sp-800-53-rev4-catalog", "selected=124");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (:Clause {framework: 'nist-low-beside'})-[:MAPS_TO {source: 'profile'}]->(c:Clause) RETURN count(c) AS n")
                    .single().get("n").asInt()).isEqualTo(124);
        }
    }
}
