package io.github.compliancegraph.benchmark;

import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured; written as JSON and rendered into docs/benchmarks.md. */
record BenchmarkResults(String command, String sampling, String startedAt, double totalSeconds, Machine machine,
        List<ColdStart.Figure> coldStarts, List<Scale> scales) {

    record Machine(int cores, long memoryMb, long maxHeapMb, String cpu, String os, String jvm, double loadAverageAtStart) {
    }

    /** One scale: the graph's size, how long growing it took, and the figures measured on it. */
    record Scale(int factor, Map<String, Object> shape, double growSeconds, long heapAfterImportMb,
            List<ImportFigure> imports, List<Measurement> latencies, List<BaselineFigure> baselines, List<Plan> plans) {

        Measurement latency(String name) {
            return latencies.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** An import's duration and throughput; {@code timing} is the latency of its runs. */
    record ImportFigure(String what, long elements, String unit, Measurement timing, double perSecond) {
    }

    /**
     * The OpenCRE-style baseline for one pair of frameworks, next to our crosswalk of the same pair.
     * {@code baselineMs} is the bound when {@code boundHit}; the ratio is then an upper bound.
     */
    record BaselineFigure(String from, String to, double crosswalkP50Ms, double baselineMs, boolean boundHit, long paths, double ratio) {
    }

    /** What PROFILE said about one query: its time under PROFILE, total database hits, rows, and the costliest operators. */
    record Plan(String name, double ms, long dbHits, long rows, List<String> costliest) {
    }
}
