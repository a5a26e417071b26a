package io.github.compliancegraph.load;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.ReferenceFiles;
import io.github.compliancegraph.SystemTest;
import io.github.compliancegraph.benchmark.HubLibraries;
import io.github.compliancegraph.benchmark.ReferenceImports;
import io.github.compliancegraph.imports.BundledSources;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.Importers;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 32 clients read the API over loopback (read endpoints, the flagship traversal, and the heavy
 * ones: coverage, crosswalks and the overview page, on the hub graph when the reference data is
 * there) while a new version of the matrix and the original are imported in turn. No error is
 * allowed but the documented refusal of heavy queries past their limit (503 with Retry-After), and
 * every answer shows either the old or the new graph, never one half-written. Short by default
 * (CI); {@code -Dload.seconds=60} for the full run (README, "Tests").
 */
@SystemTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // latency is measured here; stopping slow queries is TraversalTimeoutTest's subject
        properties = "compliance.api.query-timeout=60s")
@ActiveProfiles("test")
class ReadLoadTest {

    private static final long SECONDS = Long.getLong("load.seconds", 10);
    private static final int CLIENTS = Integer.getInteger("load.clients", 32);
    /** Bounds besides time: requests per client, and the longest the run may wait for an import to land. */
    private static final long MAX_REQUESTS_PER_CLIENT = Long.getLong("load.max-requests", 1_000_000);
    private static final Duration IMPORT_GRACE = Duration.ofSeconds(120);
    /** Imports follow each other with a pause, as a user's would, rather than back to back. */
    private static final Duration IMPORT_PAUSE = Duration.ofSeconds(2);
    private static final String PARTIES = "/api/parties";
    private static final List<String> READS = List.of(
            "/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=key-management",
            PARTIES,
            "/api/frameworks",
            "/api/frameworks/secnumcloud-3.2/clauses",
            "/api/clauses/secnumcloud-3.2:10.5.c",
            "/api/controls?party=client&topic=key-management",
            "/api/search?q=cl%C3%A9",
            "/api/topics",
            "/api/traversals/clauses-touching?framework=iso27001-2013&party=outscale&topic=logging-monitoring",
            "/api/imports/outscale-matrix");
    /** The heavy reads of the mix, on the hub graph: the reference libraries and the two hubs (benchmark/HubLibraries). */
    private static final List<String> HEAVY_ON_HUBS = List.of(
            "/api/coverage/iso27001-2013",
            "/api/coverage/iso27001-2022",
            "/api/coverage/" + HubLibraries.HUB,
            "/api/crosswalk?from=" + HubLibraries.HUB + "&to=secnumcloud-3.2",
            "/api/crosswalk?from=nist-sp800-53-r5&to=secnumcloud-3.2",
            "/");
    /** Without the reference data, the same questions on the bundled documents. */
    private static final List<String> HEAVY_BUNDLED = List.of(
            "/api/coverage/iso27001-2013",
            "/api/crosswalk?from=iso27001-2013&to=secnumcloud-3.2",
            "/");
    /** The coverage whose totals tell the two versions of the matrix apart (the line left out cites A.9.4.5, and only it does). */
    private static final String ISO_COVERAGE = "/api/coverage/iso27001-2013";
    /** The matrix line the other version leaves out: one Outscale statement fewer. */
    private static final String REMOVED_LINE = "Outscale restreint l'accès aux codes sources des programmes.\tISO – A9.4.5\n";

    @LocalServerPort
    int port;
    @Autowired
    ImportService importService;
    @Autowired
    Importers catalogs;
    @Autowired
    BundledSources bundled;
    @Autowired
    Driver driver;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    @Test
    void thirtyTwoClientsReadWhileImportsReplaceTheMatrixAndNeverSeeItHalfWritten() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("data/sources/outscale-responsibility-matrix.fr.txt"));
        String text = new String(original, StandardCharsets.UTF_8);
        assertThat(text).contains(REMOVED_LINE);
        byte[] shorter = text.replace(REMOVED_LINE, "").getBytes(StandardCharsets.UTF_8);

        List<String> heavy = HEAVY_BUNDLED;
        if (Files.isDirectory(ReferenceFiles.DIR)) {
            var reference = new ReferenceImports(importService, catalogs, bundled, ReferenceFiles.DIR);
            reference.nistRev4Catalog();
            reference.profilesLibrariesAndMappings();
            new HubLibraries(catalogs, driver, 42).importAll();
            heavy = HEAVY_ON_HUBS;
        }
        var reads = new ArrayList<>(READS);
        reads.addAll(heavy);
        Set<String> heavyReads = Set.copyOf(heavy);
        // what coverage answers with each version, read before the load; readers must see one of the two
        assertImported(importDocument(shorter));
        String newCoverage = overall(getOk(ISO_COVERAGE));
        assertImported(importDocument(original));
        String oldCoverage = overall(getOk(ISO_COVERAGE));
        assertThat(newCoverage).as("the two versions give different coverage totals").isNotEqualTo(oldCoverage);

        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        var imports = new AtomicInteger();
        var importErrors = new ConcurrentSkipListSet<String>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        Future<?> importer = pool.submit(() -> {
            for (int i = 0; running.get(); i++) {
                importErrors.addAll(importDocument(i % 2 == 0 ? shorter : original));
                imports.incrementAndGet();
                Thread.sleep(IMPORT_PAUSE.toMillis());
            }
            importErrors.addAll(importDocument(original));
            return null;
        });

        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var refused = new ConcurrentHashMap<String, AtomicLong>();
        var outscaleCounts = new ConcurrentSkipListSet<Long>();
        var coverageTotals = new ConcurrentSkipListSet<String>();
        var histograms = new ArrayList<Map<String, Histogram>>();
        var clients = new ArrayList<Future<?>>();
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(SECONDS).toNanos();
        long hardDeadline = deadline + IMPORT_GRACE.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            var mine = new TreeMap<String, Histogram>();
            histograms.add(mine);
            int offset = c;
            clients.add(pool.submit(() -> {
                for (long n = 0; n < MAX_REQUESTS_PER_CLIENT; n++) {
                    long now = System.nanoTime();
                    // run the full time, and on past it until imports have landed and readers have seen both versions (bounded)
                    if (now > hardDeadline || (now > deadline && imports.get() >= 2 && outscaleCounts.size() >= 2)) {
                        break;
                    }
                    String path = reads.get((int) ((n + offset) % reads.size()));
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(request(path).header("Accept", path.equals("/") ? "text/html" : "application/json")
                                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        long micros = (System.nanoTime() - sent) / 1_000;
                        mine.computeIfAbsent(label(path), k -> new Histogram(3)).recordValue(micros);
                        if (answer.statusCode() == 503 && heavyReads.contains(path) && answer.headers().firstValue("Retry-After").isPresent()) {
                            refused.computeIfAbsent(label(path), k -> new AtomicLong()).incrementAndGet();
                        } else if (answer.statusCode() != 200) {
                            errors.computeIfAbsent(path + " -> " + answer.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        } else if (path.equals(PARTIES)) {
                            outscaleCounts.add(controlsOf(answer.body(), "outscale"));
                        } else if (path.equals(ISO_COVERAGE)) {
                            coverageTotals.add(overall(answer.body()));
                        }
                    } catch (IOException e) {
                        errors.computeIfAbsent(path + " -> " + e, k -> new AtomicLong()).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        importer.get();
        pool.shutdown();

        Histogram all = new Histogram(3);
        var perEndpoint = new TreeMap<String, Histogram>();
        for (Map<String, Histogram> mine : histograms) {
            mine.forEach((endpoint, h) -> {
                all.add(h);
                perEndpoint.computeIfAbsent(endpoint, k -> new Histogram(3)).add(h);
            });
        }
        String report = report(seconds, all, perEndpoint, errors, refused, imports.get(), outscaleCounts);
        System.out.println(report);
        Files.writeString(Path.of("target", "load-test-report.txt"), report);

        assertThat(errors).as("errors under load").isEmpty();
        assertThat(importErrors).as("import errors").isEmpty();
        assertThat(imports.get()).as("imports completed while clients read").isGreaterThanOrEqualTo(2);
        System.out.println("ISO/IEC 27001:2013 coverage as readers saw it: " + coverageTotals + "; old " + oldCoverage + ", new " + newCoverage);
        assertThat(coverageTotals).as("coverage totals as readers saw them: the old graph's or the new one's, nothing between")
                .isNotEmpty().isSubsetOf(Set.of(oldCoverage, newCoverage));
        assertThat(outscaleCounts).as("Outscale's controls as readers saw them: the old graph or the new, nothing between")
                .isSubsetOf(Set.of(295L, 294L)).containsExactlyInAnyOrder(295L, 294L);
        assertThat(all.getTotalCount()).isPositive();
    }

    private List<String> importDocument(byte[] content) {
        String boundary = "load-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail));
        try {
            HttpResponse<String> answer = http.send(request("/api/imports/document?source=outscale-matrix")
                    .timeout(Duration.ofMinutes(3))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "importer:test-only-password".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? List.of() : List.of(answer.statusCode() + " " + answer.body());
        } catch (IOException | InterruptedException e) {
            return List.of(e.toString());
        }
    }

    private byte[] getOk(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private String overall(byte[] coverage) throws IOException {
        return json.readTree(coverage).get("overall").toString();
    }

    private static void assertImported(List<String> errors) {
        assertThat(errors).as("import errors").isEmpty();
    }

    private long controlsOf(byte[] parties, String party) throws IOException {
        for (JsonNode row : json.readTree(parties).get("rows")) {
            if (row.get("id").asText().equals(party)) {
                return row.get("controls").asLong();
            }
        }
        return -1;
    }

    private static String label(String path) {
        return path.equals("/") ? "overview page" : path.replaceFirst("^/api/", "");
    }

    private static String report(double seconds, Histogram all, Map<String, Histogram> perEndpoint, Map<String, AtomicLong> errors,
            Map<String, AtomicLong> refused, int imports, Set<Long> outscaleCounts) {
        var out = new StringBuilder(String.format("load test: %d clients, %.1f s, %d requests, %.0f requests/s, p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms, %d errors, %d heavy queries refused (503, Retry-After); %d imports of the matrix "
                + "landed meanwhile; Outscale controls seen: %s%n",
                CLIENTS, seconds, all.getTotalCount(), all.getTotalCount() / seconds, all.getValueAtPercentile(50) / 1000.0,
                all.getValueAtPercentile(99) / 1000.0, all.getMaxValue() / 1000.0,
                errors.values().stream().mapToLong(AtomicLong::get).sum(), refused.values().stream().mapToLong(AtomicLong::get).sum(),
                imports, outscaleCounts));
        perEndpoint.forEach((endpoint, h) -> out.append(String.format("  %-64s %7d requests  p50 %7.1f ms  p99 %7.1f ms  %s%n",
                endpoint, h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                refused.containsKey(endpoint) ? refused.get(endpoint) + " refused" : "")));
        errors.forEach((what, n) -> out.append("  error: ").append(what).append(" x").append(n).append('\n'));
        return out.toString();
    }
}
