package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.compliancegraph.ComplianceGraphApplication;
import io.github.compliancegraph.imports.BundledSources;
import io.github.compliancegraph.imports.CatalogImportService;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.topic.TopicTaxonomy;
import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * One scale: a fresh embedded database in the app itself (started in-process), the 1× data
 * imported by the app's services, the synthetic growth for 10× and 100×, then every measurement.
 */
final class ScaleRun {

    static final Map<Integer, SyntheticGraph.Target> TARGETS = Map.of(
            10, new SyntheticGraph.Target(20, 10_000, 20_000, 50_000),
            100, new SyntheticGraph.Target(60, 100_000, 200_000, 500_000));
    static final String FIRST_SYNTHETIC = "synthetic-01";
    static final String SECOND_SYNTHETIC = "synthetic-02";
    private static final Sampler IMPORT_RUNS = new Sampler(0, Duration.ZERO, 3, 3, Duration.ZERO);
    private static final Sampler ONCE = new Sampler(0, Duration.ZERO, 1, 1, Duration.ZERO);

    private final int factor;
    private final Path work;
    private final Path reference;
    private final long seed;
    private final Consumer<String> progress;
    private final Sampler latencySampler;

    ScaleRun(int factor, Path work, Path reference, long seed, Sampler latencySampler, Consumer<String> progress) {
        this.factor = factor;
        this.work = work;
        this.reference = reference;
        this.seed = seed;
        this.progress = progress;
        this.latencySampler = latencySampler;
    }

    BenchmarkResults.Scale run() throws IOException {
        Path home = work.resolve("scale-" + factor);
        FileSystemUtils.deleteRecursively(home);
        // Command-line arguments, so that they override application.yml.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ComplianceGraphApplication.class).run(
                "--compliance.embedded.home=" + home, "--compliance.embedded.bolt-port=0", "--compliance.embedded.page-cache=1g",
                "--compliance.imports.on-start=never", "--compliance.api.query-timeout=60s", "--server.port=0",
                "--logging.level.io.github.compliancegraph.imports=WARN", "--spring.main.banner-mode=off")) {
            return measure(app);
        }
    }

    private BenchmarkResults.Scale measure(ConfigurableApplicationContext app) {
        Driver driver = app.getBean(Driver.class);
        CypherFiles cypher = app.getBean(CypherFiles.class);
        var writer = new BatchWriter(driver, cypher, progress);
        var data = new ReferenceImports(app.getBean(ImportService.class), app.getBean(CatalogImportService.class),
                app.getBean(BundledSources.class), reference);
        var imports = new ArrayList<BenchmarkResults.ImportFigure>();

        progress.accept(factor + "×: importing the bundled documents and the reference data");
        data.bundledDocuments();
        long[] clauses = new long[1];
        imports.add(importFigure("NIST SP 800-53 rev 4 OSCAL catalog, first import", "catalog elements", ONCE,
                () -> clauses[0] = data.nistRev4Catalog(), () -> clauses[0]));
        data.profilesLibrariesAndMappings();
        long grown = System.nanoTime();
        if (factor > 1) {
            progress.accept(factor + "×: growing the graph (seed " + seed + ")");
            new SyntheticGraph(writer, app.getBean(TopicTaxonomy.class), seed).grow(TARGETS.get(factor), shape(writer));
        }
        double growSeconds = (System.nanoTime() - grown) / 1e9;
        Map<String, Object> shape = shape(writer);
        progress.accept(factor + "×: graph " + shape + "; re-importing the matrix and the catalog into it");
        long[] statements = new long[1];
        imports.add(importFigure("Outscale matrix, imported again into this graph", "statements", IMPORT_RUNS,
                () -> statements[0] = data.matrix(), () -> statements[0]));
        imports.add(importFigure("NIST SP 800-53 rev 4 OSCAL catalog, imported again into this graph", "catalog elements",
                IMPORT_RUNS, () -> clauses[0] = data.nistRev4Catalog(), () -> clauses[0]));
        long heap = heapAfterGcMb();

        progress.accept(factor + "×: measuring");
        var runner = app.getBean(TraversalRunner.class);
        var latencies = new ArrayList<Measurement>();
        for (Traversal traversal : app.getBean(TraversalCatalog.class).all()) {
            Map<String, String> parameters = exampleParameters(traversal);
            latencies.add(latencySampler.measure("named traversal", traversal.name() + " " + parameters,
                    () -> runner.run(traversal.name(), parameters)));
        }
        for (Map.Entry<String, Map<String, String>> extra : extraQueries().entrySet()) {
            latencies.add(latencySampler.measure(extra.getKey().split(" ")[0], extra.getKey(),
                    () -> runner.run(extra.getKey().split(" ")[0], extra.getValue())));
        }
        latencies.add(httpRoundTrip(app, latencySampler));
        progress.accept(factor + "×: baseline and PROFILE");
        var baseline = new Baseline(driver, cypher, Duration.ofSeconds(60));
        var baselines = new ArrayList<BenchmarkResults.BaselineFigure>();
        for (List<String> pair : pairs()) {
            Measurement ours = latencies.stream().filter(m -> m.name().equals(crosswalkName(pair.get(0), pair.get(1)))).findFirst().orElseThrow();
            if (ours.iterations() == 0) {
                progress.accept("  no baseline for " + pair + ": our crosswalk did not finish (" + ours.failure() + ")");
                continue;
            }
            baselines.add(baseline.run(pair.get(0), pair.get(1), ours.p50()));
            progress.accept("  " + baselines.get(baselines.size() - 1));
        }
        var plans = new ArrayList<BenchmarkResults.Plan>();
        var profiler = new Profiler(driver);
        extraQueries().forEach((name, parameters) -> plans.add(profiler.profile(name,
                app.getBean(TraversalCatalog.class).find(name.split(" ")[0]).orElseThrow(), parameters)));
        // The one statement of a matrix import whose work grows with the whole graph, not with the matrix.
        plans.add(profiler.profile("import/co-citations-recompute", cypher.get("import/co-citations-recompute"), Map.of()));
        return new BenchmarkResults.Scale(factor, shape, growSeconds, heap, imports, latencies, baselines, plans);
    }

    private Map<String, Object> shape(BatchWriter writer) {
        return new LinkedHashMap<>(writer.read("benchmark/graph-shape").get(0));
    }

    private static BenchmarkResults.ImportFigure importFigure(String what, String unit, Sampler sampler, Runnable work, LongSupplier elements) {
        Measurement timing = sampler.measure("import", what, work);
        return new BenchmarkResults.ImportFigure(what, elements.getAsLong(), unit, timing, elements.getAsLong() / (timing.p50() / 1000));
    }

    /** The values of the traversal file's own {@code :param} lines, as a URL would carry them. */
    private static Map<String, String> exampleParameters(Traversal traversal) {
        var parameters = new LinkedHashMap<String, String>();
        traversal.examples().forEach((name, value) -> {
            if (value != null) {
                parameters.put(name, value);
            }
        });
        return parameters;
    }

    /** The targets' coverage and crosswalks, named "traversal pair-or-framework". */
    private Map<String, Map<String, String>> extraQueries() {
        var queries = new LinkedHashMap<String, Map<String, String>>();
        queries.put("coverage secnumcloud-3.2", Map.of("framework", "secnumcloud-3.2"));
        if (factor > 1) {
            queries.put("coverage " + FIRST_SYNTHETIC, Map.of("framework", FIRST_SYNTHETIC));
        }
        for (List<String> pair : pairs()) {
            queries.put(crosswalkName(pair.get(0), pair.get(1)), Map.of("from", pair.get(0), "to", pair.get(1), "maxHops", "3"));
        }
        return queries;
    }

    static String crosswalkName(String from, String to) {
        return "crosswalk " + from + " -> " + to + " (maxHops 3)";
    }

    private List<List<String>> pairs() {
        var pairs = new ArrayList<List<String>>();
        pairs.add(List.of("iso27001-2013", "secnumcloud-3.2"));
        if (factor > 1) {
            pairs.add(List.of(FIRST_SYNTHETIC, SECOND_SYNTHETIC));
        }
        return pairs;
    }

    private static Measurement httpRoundTrip(ConfigurableApplicationContext app, Sampler sampler) {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port")
                + ColdStart.FLAGSHIP)).build();
        return sampler.measure("http", "HTTP GET " + ColdStart.FLAGSHIP, () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("flagship endpoint answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static long heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
