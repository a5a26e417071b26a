package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.compliancegraph.ComplianceGraphApplication;
import io.github.compliancegraph.imports.BundledSources;
import io.github.compliancegraph.imports.Importers;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.system.Systems;
import io.github.compliancegraph.topic.TopicTaxonomy;
import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.HdrHistogram.Histogram;
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
    static final String OVERVIEW = "GET / (overview page: every framework's coverage)";
    static final String FIRST_SYNTHETIC = "synthetic-01";
    static final String SECOND_SYNTHETIC = "synthetic-02";
    static final String SEARCH = "/api/search?q=key%20management";
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

    private BenchmarkResults.Scale measure(ConfigurableApplicationContext app) throws IOException {
        Driver driver = app.getBean(Driver.class);
        CypherFiles cypher = app.getBean(CypherFiles.class);
        var writer = new BatchWriter(driver, cypher, progress);
        var data = new ReferenceImports(app.getBean(ImportService.class), app.getBean(Importers.class),
                app.getBean(BundledSources.class), reference);
        var imports = new ArrayList<BenchmarkResults.ImportFigure>();

        progress.accept(factor + "×: importing the bundled documents and the reference data");
        data.bundledDocuments();
        long[] clauses = new long[1];
        imports.add(importFigure("NIST SP 800-53 rev 4 OSCAL catalog, first import", "catalog elements", ONCE,
                () -> clauses[0] = data.nistRev4Catalog(), () -> clauses[0]));
        data.profilesLibrariesAndMappings();
        data.exampleChain(app.getBean(Systems.class));
        if (withHubs()) {
            progress.accept(factor + "×: importing the hub libraries");
            new HubLibraries(app.getBean(Importers.class), driver, seed).importAll();
        }
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
        latencies.add(firstAnswersAfterImports(data, runner));
        for (Traversal traversal : app.getBean(TraversalCatalog.class).all()) {
            Map<String, String> parameters = exampleParameters(traversal);
            latencies.add(latencySampler.measure("named traversal", traversal.name() + " " + parameters,
                    () -> runner.run(traversal.name(), parameters)));
        }
        var http = new PageTimer(app);
        latencies.add(latencySampler.measure("page", OVERVIEW, () -> http.get("/")));
        for (String framework : List.of("nist-sp800-53-r5", HubLibraries.HUB)) {
            if (withHubs() || !framework.equals(HubLibraries.HUB)) {
                latencies.add(latencySampler.measure("page", "GET /frameworks/" + framework, () -> http.get("/frameworks/" + framework)));
            }
        }
        latencies.add(latencySampler.measure("http", "HTTP GET " + ColdStart.FLAGSHIP, () -> http.get(ColdStart.FLAGSHIP)));
        // the search as people run it: words translated through the glossary, three groups, fragments marked
        latencies.add(latencySampler.measure("http", "HTTP GET " + SEARCH, () -> http.get(SEARCH)));
        Sampler sweep = latencySampler.sweep();
        progress.accept(factor + "×: coverage of every framework");
        for (String framework : coveredFrameworks(runner)) {
            latencies.add(sweep.measure("coverage", coverageName(framework), () -> runner.run("coverage", Map.of("framework", framework))));
        }
        progress.accept(factor + "×: crosswalks");
        for (List<String> pair : pairs()) {
            latencies.add(sweep.measure("crosswalk", crosswalkName(pair.get(0), pair.get(1)),
                    () -> runner.run("crosswalk", Map.of("from", pair.get(0), "to", pair.get(1), "maxHops", "3"))));
        }
        if (factor <= 10) {
            progress.accept(factor + "×: the Cypher definitions and the path enumeration they replaced");
            latencies.addAll(new Definitions(driver, app.getBean(TraversalCatalog.class), factor == 1).measure(definitionQueries()));
        }
        progress.accept(factor + "×: baseline and PROFILE");
        var baseline = new Baseline(driver, cypher, Duration.ofSeconds(60));
        var baselines = new ArrayList<BenchmarkResults.BaselineFigure>();
        for (List<String> pair : baselinePairs()) {
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
        // the statements that read the mapping snapshot again after an import (where the code has them)
        for (String statement : List.of("snapshot/fingerprint", "snapshot/clauses", "snapshot/mappings", "snapshot/citations")) {
            if (cypher.all().containsKey(statement)) {
                plans.add(profiler.profile(statement, cypher.get(statement), Map.of()));
            }
        }
        // The one statement of a matrix import whose work grows with the whole graph, not with the matrix.
        plans.add(profiler.profile("import/co-citations-recompute", cypher.get("import/co-citations-recompute"), Map.of()));
        return new BenchmarkResults.Scale(factor, shape, growSeconds, heap, imports, latencies, baselines, plans);
    }

    /** After an import the first coverage answer reads the mapping snapshot again: the import itself is not timed. */
    private static Measurement firstAnswersAfterImports(ReferenceImports data, TraversalRunner runner) {
        var histogram = new Histogram(3);
        for (int i = 0; i < 3; i++) {
            data.matrix();
            long started = System.nanoTime();
            runner.run("coverage", Map.of("framework", "secnumcloud-3.2"));
            histogram.recordValue((System.nanoTime() - started) / 1_000);
        }
        return Measurement.of("after an import", "coverage secnumcloud-3.2, first answer after an import (snapshot read again)", histogram, null);
    }

    /** The hub scenario (issue 12) is part of the 1× and 10× graphs. */
    private boolean withHubs() {
        return factor <= 10;
    }

    /** Every framework with assessable clauses: 1× and 10× all of them; 100× the real ones and three synthetic. */
    private List<String> coveredFrameworks(TraversalRunner runner) {
        return runner.run("frameworks", Map.of("limit", "1000")).rows().stream()
                .filter(f -> ((Number) f.get("catalogClauses")).longValue() > 0).map(f -> (String) f.get("id"))
                .filter(id -> factor < 100 || !id.startsWith("synthetic-") || id.compareTo("synthetic-04") < 0)
                .toList();
    }

    static String coverageName(String framework) {
        return "coverage " + framework;
    }

    /** The Cypher definitions of coverage and crosswalk, and the path enumeration before them, on the costliest cases. */
    private Map<String, Map<String, Object>> definitionQueries() {
        var queries = new LinkedHashMap<String, Map<String, Object>>();
        for (String framework : List.of("iso27001-2022", "nist-sp800-53-r5", "secnumcloud-3.2")) {
            queries.put("coverage " + framework, coverageParameters(framework));
        }
        for (List<String> pair : List.of(List.of("iso27001-2013", "secnumcloud-3.2"), List.of("nist-sp800-53-r5", "secnumcloud-3.2"),
                List.of(HubLibraries.HUB, "secnumcloud-3.2"))) {
            queries.put("crosswalk " + pair.get(0) + " -> " + pair.get(1), Map.of("from", pair.get(0), "to", pair.get(1), "maxHops", 3L, "perClause", 3L));
        }
        return queries;
    }

    private static Map<String, Object> coverageParameters(String framework) {
        var parameters = new HashMap<String, Object>(Map.of("framework", framework, "skip", 0L, "limit", 5000L));
        parameters.put("party", null);
        parameters.put("status", null);
        return parameters;
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

    static String crosswalkName(String from, String to) {
        return "crosswalk " + from + " -> " + to + " (maxHops 3)";
    }

    /** The frameworks the two seed documents cite or name (the matrix; the MARS-E page and its evidence). */
    static final List<String> SEED_FRAMEWORKS = List.of("iso27001-2013", "secnumcloud-3.2", "hds", "mars-e-2.0", "nist-sp800-53-r4",
            "fedramp-moderate-r4", "fedramp-high-r4");

    /** Every ordered pair of the seed documents' frameworks, then the hub libraries' and the synthetic frameworks'. */
    private List<List<String>> pairs() {
        var pairs = new ArrayList<List<String>>();
        for (String from : SEED_FRAMEWORKS) {
            for (String to : SEED_FRAMEWORKS) {
                if (!from.equals(to)) {
                    pairs.add(List.of(from, to));
                }
            }
        }
        pairs.add(List.of("nist-sp800-53-r5", "secnumcloud-3.2"));
        pairs.add(List.of("iso27001-2022", "nist-sp800-53-r5"));
        if (withHubs()) {
            for (String library : List.of(HubLibraries.HUB, HubLibraries.THIRD_PARTY)) {
                for (String other : List.of("secnumcloud-3.2", "iso27001-2013")) {
                    pairs.add(List.of(library, other));
                    pairs.add(List.of(other, library));
                }
            }
            pairs.add(List.of("iso27001-2022", HubLibraries.HUB));
        }
        if (factor > 1) {
            pairs.add(List.of(FIRST_SYNTHETIC, SECOND_SYNTHETIC));
        }
        return pairs;
    }

    private List<List<String>> baselinePairs() {
        var pairs = new ArrayList<List<String>>();
        pairs.add(List.of("iso27001-2013", "secnumcloud-3.2"));
        if (factor > 1) {
            pairs.add(List.of(FIRST_SYNTHETIC, SECOND_SYNTHETIC));
        }
        return pairs;
    }

    private static long heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
