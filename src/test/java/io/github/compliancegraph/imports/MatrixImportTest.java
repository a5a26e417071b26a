package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.imports.table.MatrixTableReaderTest;
import io.github.compliancegraph.imports.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
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

/** A second provider's responsibility matrix, imported over HTTP (CSV) and from the command line (XLSX). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("providers")
@ActiveProfiles("test")
public class MatrixImportTest {

    public static final Path CSV = Path.of("data/examples/nimbus-responsibility-matrix.csv");
    public static final Path MANIFEST = Path.of("data/examples/nimbus-responsibility-matrix.yaml");

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    ImportCommand command;

    /** Imports the Nimbus matrix (again: an import replaces the previous one). */
    public static JsonNode importNimbus(TestRestTemplate http) throws IOException {
        var response = upload(http, "/api/imports/responsibility-matrix", CSV.getFileName().toString(), Files.readAllBytes(CSV),
                Files.readAllBytes(MANIFEST));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    public static ResponseEntity<JsonNode> upload(TestRestTemplate http, String url, String fileName, byte[] content, byte[] manifest) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", named(content, fileName));
        if (manifest != null) {
            body.add("manifest", named(manifest, "manifest.yaml"));
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("importer", "test-only-password").postForEntity(url, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static ByteArrayResource named(byte[] content, String name) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    @Test
    void theSecondProvidersMatrixImportsWithAFullReport() throws IOException {
        JsonNode report = importNimbus(http);
        assertThat(report.get("source").asText()).isEqualTo("nimbus-matrix");
        assertThat(report.get("controls").asInt()).isEqualTo(47);
        assertThat(report.get("controlsByParty").toString()).isEqualTo("{\"nimbus\":29,\"nimbus-customer\":21}");
        assertThat(report.get("sharedControls").asInt()).isEqualTo(3);
        assertThat(report.get("referencesByFramework").toString()).isEqualTo("{\"iso27001-2013\":{\"context\":2,\"exact\":46,"
                + "\"not-in-catalog\":1},\"nist-sp800-53-r4\":{\"exact\":41}}");
        assertThat(report.get("listedReferences").toString())
                .contains("{\"line\":35,\"section\":\"7\",\"control\":\"nimbus-matrix:7:nimbus:6bb82fc1\",\"asWritten\":\"ISO A.12.4.5\","
                        + "\"target\":\"iso27001-2013:A.12.4.5\",\"resolution\":\"not-in-catalog\"}")
                .contains("\"asWritten\":\"ISO 9.2\",\"target\":\"iso27001-2013:9.2\",\"resolution\":\"context\"");
        assertThat(report.get("problems").toString()).contains("2 blank line(s) skipped: [9, 53]",
                "taken as the continuation of the statement on line 35");
        try (var session = driver.session()) {
            var shared = session.run("""
                    MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control {statementId: 'NC-030'})
                    RETURN c.source AS source, collect(p.id) AS parties""").single();
            assertThat(shared.get("source").asString()).isEqualTo("nimbus-matrix");
            assertThat(shared.get("parties").asList()).containsExactlyInAnyOrder("nimbus", "nimbus-customer");
        }
        assertThat(http.getForObject("/api/imports/nimbus-matrix", JsonNode.class).get("controls").asInt()).isEqualTo(47);
        assertThat(importNimbus(http).get("controls").asInt()).as("imported again, same graph").isEqualTo(47);
    }

    /** The search is bilingual both ways: a French word finds Nimbus's English statements, as English finds Outscale's French ones. */
    @Test
    void aFrenchQueryFindsTheEnglishStatementsOfTheSecondProvider() throws IOException {
        importNimbus(http);
        JsonNode rows = http.getForObject("/api/search?q={q}", JsonNode.class, "chiffrement").get("rows");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("kind").asText()).isEqualTo("statement");
            assertThat(row.get("source").asText()).isEqualTo("nimbus-matrix");
            assertThat(row.get("lang").asText()).isEqualTo("en");
            assertThat(row.get("matched").toString()).contains("(glossary: chiffrement)");
            assertThat(row.get("fragment").asText()).containsPattern("<mark>[Ee]ncrypt");
        });
    }

    @Test
    void anXlsxWithItsManifestBesideItImportsFromTheCommandLine(@TempDir Path dir) throws IOException {
        importNimbus(http); // the CSV import the workbook's statements are compared with, whichever test ran first
        Path xlsx = Files.write(dir.resolve("nimbus-responsibility-matrix.xlsx"),
                MatrixTableReaderTest.xlsx(Table.read(Files.readAllBytes(CSV), "csv")));
        Files.copy(MANIFEST, dir.resolve("nimbus-responsibility-matrix.yaml"));
        var out = new ByteArrayOutputStream();
        int status = command.execute(new DefaultApplicationArguments("--import=responsibility-matrix", "--file=" + xlsx,
                "--source=nimbus-xlsx"), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("manifest " + dir.resolve("nimbus-responsibility-matrix.yaml"),
                "\"source\" : \"nimbus-xlsx\"", "\"controls\" : 47", "\"sharedControls\" : 3",
                "taken as the continuation of the statement on row 35");
        try (var session = driver.session()) {
            assertThat(session.run("""
                    MATCH (a:Control {source: 'nimbus-xlsx'}), (b:Control {source: 'nimbus-matrix', statementId: a.statementId})
                    WHERE a.text = b.text AND a.section = b.section
                    RETURN count(*) AS same""").single().get("same").asInt()).isEqualTo(47);
            session.run("MATCH (c:Control {source: 'nimbus-xlsx'}) DETACH DELETE c").consume();
        }
    }

    @Test
    void faultyRowsAreRejectedNamingRowAndColumnAndChangeNothing() throws IOException {
        importNimbus(http);
        GraphFingerprint before = GraphFingerprint.of(driver);
        String bad = Files.readString(CSV).replace("NC-020,,Provider,", "NC-020,,Vendor,");
        var rejected = upload(http, "/api/imports/responsibility-matrix", "nimbus.csv", bad.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(MANIFEST));
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejected.getBody().get("detail").asText()).isEqualTo("nimbus.csv line 24, column 'Party': 'Vendor' is neither "
                + "provider, customer, shared, not applicable, third party nor a party of nimbus.csv [nimbus, nimbus-customer]; "
                + "say what it means with the option responsibilities=Vendor:provider (or another of: provider, customer, shared, "
                + "not-applicable, third-party or a party id), or a responsibilities entry in the manifest");
        var noProvider = upload(http, "/api/imports/responsibility-matrix", "nimbus.csv", Files.readAllBytes(CSV), null);
        assertThat(noProvider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noProvider.getBody().get("parameter").asText()).isEqualTo("provider");
        var badPrefixes = upload(http, "/api/imports/responsibility-matrix?provider=nimbus&prefixes=ISO", "nimbus.csv",
                Files.readAllBytes(CSV), null);
        assertThat(badPrefixes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPrefixes.getBody().get("parameter").asText()).isEqualTo("prefixes");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }
}
