package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.imports.table.ResponsibilityWorkbooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input}, plus files generated from the real
 * matrix): every case is refused over HTTP with a 4xx problem and on the command line with exit 1
 * and one line, both naming the line, field or path at fault, and the graph fingerprint stays the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputTest {

    static final Path MATRIX = Path.of("data/sources/outscale-responsibility-matrix.fr.txt");
    private static final String CORPUS = "src/test/resources/bad-input/";
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger UNCHANGED = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    ImportCommand command;
    @Autowired
    ImportService imports;
    @Autowired
    BundledSources bundled;

    @TempDir
    Path dir;

    /** Writes the case's file into a directory and returns its path. */
    interface Material {
        Path writeTo(Path dir) throws IOException;
    }

    record Case(String name, String kind, Map<String, String> options, Material file, HttpStatus status, List<String> mentions) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case file(String file, String kind, Map<String, String> options, HttpStatus status, String... mentions) {
        return new Case(file, kind, options, dir -> Files.copy(Path.of(CORPUS + file), dir.resolve(file)), status, List.of(mentions));
    }

    private static Case generated(String name, String kind, Map<String, String> options, Material file, HttpStatus status,
            String... mentions) {
        return new Case(name, kind, options, file, status, List.of(mentions));
    }

    private static final Map<String, String> MATRIX_DOCUMENT = Map.of("source", "outscale-matrix");

    static Stream<Case> corpus() {
        HttpStatus rejected = HttpStatus.UNPROCESSABLE_ENTITY;
        return Stream.of(
                file("empty.txt", "document", MATRIX_DOCUMENT, rejected, "empty.txt", "empty"),
                file("binary.bin", "document", MATRIX_DOCUMENT, rejected, "binary.bin", "NUL byte at offset 8"),
                generated("matrix encoded as UTF-16", "document", MATRIX_DOCUMENT,
                        dir -> Files.write(dir.resolve("matrix-utf16.txt"), Files.readString(MATRIX).getBytes(StandardCharsets.UTF_16)),
                        rejected, "matrix-utf16.txt", "NUL byte at offset"),
                generated("matrix cut off in the middle of a row", "document", MATRIX_DOCUMENT, BadInputTest::truncatedMatrix,
                        rejected, "truncated-matrix.txt line 300", "table of contents lists 21 sections"),
                generated("50 MB file", "document", MATRIX_DOCUMENT, BadInputTest::fiftyMegabytes,
                        HttpStatus.PAYLOAD_TOO_LARGE, "matrix-50mb.txt", "52428800 bytes", "max-file-size"),
                file("no-party-blocks.txt", "document", MATRIX_DOCUMENT, rejected, "no-party-blocks.txt", "no statement found"),
                file("unknown-references.txt", "document", MATRIX_DOCUMENT, rejected, "unknown-references.txt line 9",
                        "NIST – AC-2 (1)", "names no known framework"),
                file("oscal-invalid.json", "oscal-catalog", Map.of("framework", "bad-oscal"), rejected, "invalid JSON at line 7"),
                file("truncated-catalog.json", "oscal-catalog", Map.of("framework", "bad-oscal"), rejected,
                        "invalid JSON at line 9", "end-of-input"),
                file("oscal-wrong-schema.json", "oscal-catalog", Map.of("framework", "bad-oscal"), rejected,
                        "catalog.groups is not an array"),
                file("oscal-profile-as-catalog.json", "oscal-catalog", Map.of("framework", "bad-oscal"), rejected,
                        "no top-level 'catalog' object"),
                file("profile-missing-catalog.json", "oscal-profile", Map.of("framework", "bad-profile"), rejected,
                        "profile-missing-catalog.json", "https://example.org/oscal/missing-catalog.json"),
                generated("profile-path-traversal.json", "oscal-profile", Map.of("framework", "bad-profile"),
                        BadInputTest::profileBesideAnOutsideCatalog, rejected, "../outside/traversal-catalog.json",
                        "lies beside it"),
                file("yaml-alias-bomb.yaml", "ciso-assistant", Map.of(), rejected, "line 10", "alias *a"),
                file("truncated-library.yaml", "ciso-assistant", Map.of(), rejected, "line 7", "not valid YAML"),
                file("mapping-set-nowhere.yaml", "ciso-assistant", Map.of(), rejected, "mapping-set-nowhere.yaml",
                        "nothing was imported", "cis-controls-v8 and pci-dss-4.0", "urn:intuitem:risk:req_node:pci-dss-4.0:a.5.1.1"),
                file("formula-catalog.csv", "csv-catalog", Map.of("framework", "bad-csv"), rejected,
                        "line 3, column 'title'", "=HYPERLINK", "formula"),
                file("formula-mappings.csv", "csv-mappings", Map.of("mapping-set", "bad-set"), rejected,
                        "line 3, column 'rationale'", "@SUM", "formula"),
                file("valid-catalog.csv", "csv-catalog", Map.of("framework", "x'}) MATCH (n) DETACH DELETE n //"),
                        HttpStatus.BAD_REQUEST, "framework", "is not an id"),
                file("valid-catalog.csv", "csv-catalog", Map.of("framework", "f".repeat(300)), HttpStatus.BAD_REQUEST,
                        "framework", "is not an id"),
                file("empty.txt", "document", Map.of("source", "../../etc/passwd"), HttpStatus.BAD_REQUEST, "source",
                        "is not an id"),
                file("valid-catalog.csv", "document", Map.of("source", "no-such-document"), HttpStatus.NOT_FOUND, "source",
                        "no-such-document"),
                generated("workbook with two matrices alike", "responsibility-matrix", Map.of("provider", "nimbus"),
                        dir -> Files.write(dir.resolve("two-matrices.xlsx"), ResponsibilityWorkbooks.ambiguous()), rejected,
                        "two-matrices.xlsx", "'Matrix 2023'", "'Matrix 2024'", "sheet=NAME"),
                file("unmapped-party.csv", "responsibility-matrix", Map.of("provider", "contoso-cloud"), rejected,
                        "unmapped-party.csv line 3, column 'Responsibility'", "'Vendor'", "responsibilities=Vendor:provider"));
    }

    private static Path truncatedMatrix(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(MATRIX);
        String cut = String.join("\n", lines.subList(0, 299)) + "\n" + lines.get(299).substring(0, lines.get(299).length() / 2);
        return Files.writeString(dir.resolve("truncated-matrix.txt"), cut);
    }

    private static Path fiftyMegabytes(Path dir) throws IOException {
        byte[] matrix = Files.readAllBytes(MATRIX);
        Path file = dir.resolve("matrix-50mb.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += matrix.length) {
                out.write(matrix, 0, (int) Math.min(matrix.length, 50L * 1024 * 1024 - written));
            }
        }
        return file;
    }

    /** The profile in profiles/, and the catalog its href names one folder up, where it must not be looked for. */
    private static Path profileBesideAnOutsideCatalog(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        Files.createDirectories(dir.resolve("outside"));
        Files.copy(Path.of(CORPUS + "traversal-catalog.json"), dir.resolve("outside/traversal-catalog.json"));
        return Files.copy(Path.of(CORPUS + "profile-path-traversal.json"), dir.resolve("profiles/profile-path-traversal.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedOverHttpAndOnTheCommandLineLeavingTheGraphAsItWas(Case bad) throws IOException {
        TRIED.incrementAndGet();
        Path file = bad.file().writeTo(dir);
        GraphFingerprint before = GraphFingerprint.of(driver);

        long started = System.nanoTime();
        ResponseEntity<JsonNode> answer = upload(bad.kind(), bad.options(), file);
        assertThat(answer.getStatusCode()).isEqualTo(bad.status());
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asText()).contains(bad.mentions());
        assertThat(System.nanoTime() - started).as("refused quickly").isLessThan(30_000_000_000L);
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);

        var err = new ByteArrayOutputStream();
        int status = command.execute(new DefaultApplicationArguments(commandLine(bad, file)),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(status).isEqualTo(1);
        assertThat(line).startsWith("import failed:").doesNotContain("\n").contains(bad.mentions());
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        UNCHANGED.incrementAndGet();
    }

    @Test
    void aliasBombIsRefusedAtOnce() throws IOException {
        Path bomb = Files.copy(Path.of(CORPUS + "yaml-alias-bomb.yaml"), dir.resolve("bomb.yaml"));
        long started = System.nanoTime();
        var answer = upload("ciso-assistant", Map.of(), bomb);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("YAML alias bomb refused in %d ms%n", millis);
        assertThat(millis).as("no expansion attempted").isLessThan(5_000);
    }

    /** Cypher fragments, over-long values and climbing paths in request parameters: a 4xx problem, nothing run, nothing changed. */
    static Stream<String> hostileRequests() {
        String cypher = "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //";
        return Stream.of(
                "/api/frameworks/" + cypher,
                "/api/clauses/" + cypher,
                "/api/parties/" + cypher + "/responsibilities",
                "/api/controls?framework=" + cypher,
                "/api/controls?q=" + "clé".repeat(200),
                "/api/search?mode=lucene&q=\") MATCH (n) DETACH DELETE n //",
                "/api/traversals/clauses-touching?framework=secnumcloud-3.2' OR '1'='1&party=client&topic=key-management",
                "/api/traversals/MATCH (n) DETACH DELETE n RETURN 1",
                "/api/traversals/controls?limit=99999999999999999999",
                "/api/crosswalk?from=iso27001-2013&to=secnumcloud-3.2&maxHops=50",
                "/api/crosswalk?from=iso27001-2013&to=iso27001-2013",
                "/api/coverage/iso27001-2013?party=" + cypher,
                "/api/coverage/" + "x".repeat(600),
                "/api/imports/..%2F..%2Fetc%2Fpasswd",
                "/api/imports/%2e%2e/%2e%2e/etc/passwd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileParametersAreClientErrorsAndChangeNothing(String request) {
        TRIED.incrementAndGet();
        GraphFingerprint before = GraphFingerprint.of(driver);
        // requests already percent-encoded go out as they are, the others are encoded here
        URI uri = request.contains("%") ? URI.create(request) : UriComponentsBuilder.fromUriString(request).encode().build().toUri();
        ResponseEntity<JsonNode> answer = http.getForEntity(uri, JsonNode.class);
        assertThat(answer.getStatusCode().is4xxClientError()).as(request + " answered " + answer.getStatusCode()).isTrue();
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asText()).isNotBlank();
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        UNCHANGED.incrementAndGet();
    }

    @Test
    void latinOneBomAndCrlfVariantsOfTheRealMatrixImportToTheSameGraph() throws IOException {
        GraphFingerprint original = GraphFingerprint.of(driver).withoutImportRuns();
        String text = Files.readString(MATRIX);
        // ISO-8859-1 has no œ or –; Windows-1252, the Latin-1 of Windows exports, has both (only the ● bullets become '?')
        var encoder = Charset.forName("windows-1252").newEncoder()
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        var latin = encoder.encode(java.nio.CharBuffer.wrap(text));
        var variants = new LinkedHashMap<String, byte[]>();
        variants.put("matrix-windows-1252.txt", Arrays.copyOf(latin.array(), latin.limit()));
        variants.put("matrix-bom.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        variants.put("matrix-crlf.txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bomAndCrlf = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        try {
            for (var variant : variants.entrySet()) {
                Path file = Files.write(dir.resolve(variant.getKey()), variant.getValue());
                assertThat(upload("document", MATRIX_DOCUMENT, file).getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(GraphFingerprint.of(driver).withoutImportRuns()).as(variant.getKey() + " over HTTP").isEqualTo(original);
            }
            Path file = Files.write(dir.resolve("matrix-bom-crlf.txt"), bomAndCrlf);
            int status = command.execute(new DefaultApplicationArguments("--import=document", "--source=outscale-matrix",
                    "--file=" + file), new PrintStream(OutputStream.nullOutputStream()), System.err);
            assertThat(status).isZero();
            assertThat(GraphFingerprint.of(driver).withoutImportRuns()).as("BOM and CRLF on the command line").isEqualTo(original);
        } finally {
            imports.importBundled();
        }
    }

    /** A reference to a whole family is not refused: it lands on the family's group clause, and the report says so. */
    @Test
    void aFamilyLevelReferenceIsListedAsSuchAndTouchesNoControlOfTheFamily() throws IOException {
        Path file = Files.copy(Path.of(CORPUS + "family-level-reference.csv"), dir.resolve("family-level-reference.csv"));
        GraphFingerprint before = GraphFingerprint.of(driver);
        try {
            ResponseEntity<JsonNode> answer = upload("responsibility-matrix", Map.of("provider", "contoso-cloud"), file);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody().get("listedReferences").toString()).contains("\"asWritten\":\"AC: ACCESS CONTROL\","
                    + "\"target\":\"nist-sp800-53-r4:AC\",\"resolution\":\"family\"");
            try (var session = driver.session()) {
                assertThat(session.run("""
                        MATCH (:Control {source: 'family-level-reference'})-[:MAPS_TO]->(cl:Clause)
                        RETURN collect(cl.uid + ' ' + cl.inCatalog) AS clauses""").single().get("clauses").asList())
                        .containsExactly("nist-sp800-53-r4:AC true");
            }
            assertThat(GraphFingerprint.of(driver).labels().get("Clause")).as("no clause created for it").isEqualTo(before.labels().get("Clause"));
        } finally {
            try (var session = driver.session()) {
                session.run("""
                        MATCH (c:Control {source: 'family-level-reference'}) DETACH DELETE c
                        WITH count(*) AS gone MATCH (s:Source {id: 'family-level-reference'}) DETACH DELETE s""").consume();
            }
        }
    }

    @AfterAll
    static void tally() {
        System.out.printf("bad-input corpus: %d bad inputs tried, %d left the graph unchanged%n", TRIED.get(), UNCHANGED.get());
    }

    private String[] commandLine(Case bad, Path file) {
        var args = new ArrayList<String>();
        args.add("--import=" + bad.kind());
        args.add("--file=" + file);
        bad.options().forEach((k, v) -> args.add("--" + k + "=" + v));
        return args.toArray(String[]::new);
    }

    private ResponseEntity<JsonNode> upload(String kind, Map<String, String> options, Path file) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new FileSystemResource(file));
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var url = UriComponentsBuilder.fromPath("/api/imports/{kind}");
        options.forEach(url::queryParam);
        return http.withBasicAuth("importer", "test-only-password").postForEntity(
                url.encode().buildAndExpand(kind).toUriString(), new HttpEntity<>(body, headers), JsonNode.class);
    }

}
