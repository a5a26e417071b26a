package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

/**
 * The benchmark, run by {@code ./mvnw -Pbench verify -Dscale=1|all|1,10,...} (the profile runs only
 * this class, after the jar is packaged). Writes {@code target/bench/results.json} and renders
 * {@code docs/benchmarks.md} from it ({@code -Dbench.render-only=true} renders the doc again from the
 * last results without measuring). Not a test: it never fails on a missed target, it reports it.
 */
class ScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void run() throws IOException, InterruptedException {
        Path work = Path.of(System.getProperty("bench.work", "target/bench"));
        if (Boolean.getBoolean("bench.render-only")) {
            // the doc again from the last run's results, after a change to its text: no measurement
            write(JSON.readValue(work.resolve("results.json").toFile(), BenchmarkResults.class), work);
            return;
        }
        String scaleArgument = System.getProperty("scale", "1");
        List<Integer> scales = scaleArgument.equals("all") ? List.of(1, 10, 100)
                : Arrays.stream(scaleArgument.split(",")).map(String::strip).map(Integer::valueOf).toList();
        scales.forEach(s -> {
            if (s != 1 && !ScaleRun.TARGETS.containsKey(s)) {
                throw new IllegalArgumentException("-Dscale takes 1, 10, 100 (comma-separated) or all, not " + s);
            }
        });
        Path reference = Path.of(System.getProperty("shared.dir", "../shared"), "reference");
        long seed = Long.getLong("bench.seed", 42);
        Files.createDirectories(work);
        var started = Instant.now();
        var machine = machine();
        log("benchmark: scales " + scales + ", seed " + seed + ", load average " + machine.loadAverageAtStart());

        // The quick mode (1× alone) must stay under 3 minutes: fewer runs per latency, and no cold start
        // (a minute of child processes) unless asked for; then only the Docker image's launch is timed.
        boolean quick = scales.equals(List.of(1));
        Sampler sampler = quick ? Sampler.QUICK : Sampler.DEFAULT;
        List<ColdStart.Figure> coldStarts = List.of();
        if (Boolean.parseBoolean(System.getProperty("bench.cold-start", String.valueOf(!quick)))) {
            log("cold start of the packaged app");
            coldStarts = new ColdStart(Path.of(System.getProperty("bench.jar")), work.toAbsolutePath(), ScaleBenchmark::log).measure(!quick);
        }
        var results = new ArrayList<BenchmarkResults.Scale>();
        for (int scale : scales) {
            long t = System.nanoTime();
            results.add(new ScaleRun(scale, work.toAbsolutePath(), reference, seed, sampler, ScaleBenchmark::log).run());
            log(String.format("%d× done in %.0f s", scale, (System.nanoTime() - t) / 1e9));
            // Written after every scale, so that a long run stopped midway still leaves what it measured.
            write(new BenchmarkResults("./mvnw -Pbench verify -Dscale=" + scaleArgument, sampler.describe(), started.toString(),
                    (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0, machine, coldStarts, results), work);
        }
    }

    private static void write(BenchmarkResults all, Path work) throws IOException {
        JSON.writeValue(work.resolve("results.json").toFile(), all);
        Path before = Path.of(System.getProperty("bench.before", "docs/benchmarks-before.json"));
        Optional<BenchmarkResults> earlier = Files.exists(before) ? Optional.of(JSON.readValue(before.toFile(), BenchmarkResults.class)) : Optional.empty();
        String changes = Files.readString(Path.of(System.getProperty("bench.changes", "src/test/resources/benchmark/changes.md")));
        Path doc = Path.of(System.getProperty("bench.doc", "docs/benchmarks.md"));
        Files.createDirectories(doc.toAbsolutePath().getParent());
        Files.writeString(doc, new BenchmarkDoc(all, earlier, changes).render());
        log("wrote " + work.resolve("results.json") + " and " + doc + String.format(" (%.1f min)", all.totalSeconds() / 60));
    }

    private static BenchmarkResults.Machine machine() throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path cpuinfo = Path.of("/proc/cpuinfo");
        String cpu = Files.isReadable(cpuinfo) ? Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown") : "unknown";
        return new BenchmarkResults.Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), cpu, System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), os.getSystemLoadAverage());
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
