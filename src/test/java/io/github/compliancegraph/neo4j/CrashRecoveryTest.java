package io.github.compliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.compliancegraph.ComplianceGraphApplication;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.SystemTest;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.layout.recordstorage.RecordDatabaseLayout;
import org.springframework.util.FileSystemUtils;

/**
 * The app runs as a separate JVM; it is killed with {@code kill -9} while it writes a large import,
 * started again on the same database, and must show the last complete graph, pass Neo4j's
 * consistency check, and accept new imports.
 */
@SystemTest
class CrashRecoveryTest {

    private static final String IMPORTER = "crash-test-importer";
    private static final String BOLT_PASSWORD = "crash-test-bolt";
    private static final int CLAUSES = 150_000;
    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern BOLT_PORT = Pattern.compile("Bolt on [^:\\s]+:(\\d+)");
    private static final String WRITING = "crash-big-catalog (crash-big.csv)";

    /** Under target/, so the two runs' logs stay there to read when the test fails. */
    private final Path work = Path.of("target", "crash-test", String.valueOf(System.currentTimeMillis()));

    /** One run of the app in its own JVM, its output in a file. */
    private final class App implements AutoCloseable {
        final Process process;
        final Path log;
        int httpPort;
        int boltPort;

        App(String name) throws IOException, InterruptedException {
            log = work.resolve(name + ".log");
            process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), ComplianceGraphApplication.class.getName(),
                    "--compliance.embedded.home=" + work.resolve("neo4j"), "--compliance.embedded.bolt-port=0",
                    "--compliance.embedded.page-cache=64m", "--server.port=0",
                    "--compliance.security.importer-password=" + IMPORTER,
                    "--compliance.embedded.bolt-auth=true", "--compliance.embedded.bolt-password=" + BOLT_PASSWORD))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            httpPort = Integer.parseInt(await(HTTP_PORT, Duration.ofMinutes(3)).group(1));
            boltPort = Integer.parseInt(await(BOLT_PORT, Duration.ofSeconds(5)).group(1));
            awaitReady(Duration.ofMinutes(3));
        }

        /** Ready once the bundled documents and catalogs are imported (or found), as a script would wait for it. */
        void awaitReady(Duration limit) throws IOException, InterruptedException {
            var client = HttpClient.newHttpClient();
            var readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health/readiness")).build();
            long deadline = System.nanoTime() + limit.toNanos();
            while (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("not ready within " + limit + ":\n" + output());
                }
                Thread.sleep(200);
            }
        }

        Matcher await(Pattern line, Duration limit) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = line.matcher(output());
                if (m.find()) {
                    return m;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("app exited with status " + process.exitValue() + ":\n" + output());
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no '" + line + "' in the app's output within " + limit + ":\n" + output());
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        Driver bolt() {
            return GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", BOLT_PASSWORD),
                    org.neo4j.driver.Config.builder().withoutEncryption().build());
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(("importer:" + IMPORTER).getBytes(StandardCharsets.UTF_8)));
        }

        void kill9() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }

        /** SIGTERM: Spring closes the context and Neo4j shuts down cleanly. */
        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** A CSV catalog large enough that writing it takes seconds: a tree of 150,000 clauses. */
    private Path bigCatalog() throws IOException {
        Files.createDirectories(work);
        var lines = new ArrayList<String>(CLAUSES + 1);
        lines.add("ref,parent,title");
        for (int i = 1; i <= CLAUSES; i++) {
            lines.add(i + "," + (i > 1 ? String.valueOf(i / 2) : "") + ",Requirement number " + i + " of the crash-test catalog");
        }
        return Files.write(work.resolve("crash-big.csv"), lines);
    }

    private static HttpRequest.BodyPublisher multipart(Path file, String boundary) throws IOException {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
    }

    @Test
    void killedInTheMiddleOfALargeImportTheDatabaseReopensWithThePreviousGraph() throws Exception {
        Path catalog = bigCatalog();
        GraphFingerprint before;
        String boundary = "crash-test-boundary";
        var client = HttpClient.newHttpClient();
        try (App app = new App("first-run")) {
            try (Driver driver = app.bolt()) {
                before = GraphFingerprint.of(driver);
            }
            assertThat(before.labels()).containsEntry("Control", 354L);
            client.sendAsync(app.request("/api/imports/csv-catalog?framework=crash-big")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(multipart(catalog, boundary)).build(), HttpResponse.BodyHandlers.ofString());
            app.await(Pattern.compile(Pattern.quote("Read " + WRITING) + ".*writing it in one transaction"), Duration.ofMinutes(2));
            Thread.sleep(1_000);
            assertThat(app.output()).as("the import is still writing when the JVM is killed").doesNotContain("Imported " + WRITING);
            app.kill9();
        }

        try (App app = new App("after-crash"); Driver driver = app.bolt()) {
            assertThat(app.output()).as("no second bundled import on a database holding documents")
                    .doesNotContain("Imported outscale-matrix");
            assertThat(GraphFingerprint.of(driver)).as("the graph before the killed import").isEqualTo(before);
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (n) WHERE n.framework = 'crash-big' OR n.id STARTS WITH 'crash-big' RETURN count(n) AS n")
                        .single().get("n").asLong()).isZero();
            }
            var small = Files.write(work.resolve("after-crash.csv"), List.of("ref,title", "1,Written after the crash"));
            var answer = client.send(app.request("/api/imports/csv-catalog?framework=after-crash")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(multipart(small, boundary)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }

        var layout = RecordDatabaseLayout.of(Neo4jLayout.of(work.resolve("neo4j")), "neo4j");
        var result = new ConsistencyCheckService(layout).with(Config.defaults()).with(work.resolve("consistency"))
                .runFullConsistencyCheck();
        assertThat(result.isSuccessful()).as("Neo4j consistency check: " + result.summary()).isTrue();
        System.out.printf("crash recovery: killed (SIGKILL) while writing %d clauses; restarted with the previous graph "
                + "(%s), consistency check passed%n", CLAUSES, before.labels());
        FileSystemUtils.deleteRecursively(work);
    }
}
