package io.github.compliancegraph.benchmark;

import java.time.Duration;

import org.HdrHistogram.Histogram;

/**
 * Times a piece of work: warm-up runs first (not recorded), then measured runs until either the
 * iteration count or the time budget is spent, never fewer than {@code minIterations}. Latencies
 * go to an HdrHistogram (microsecond resolution, 3 significant digits). A run that fails (a query
 * stopped by its timeout) ends the measurement, which says so.
 */
record Sampler(int warmups, Duration warmupBudget, int minIterations, int maxIterations, Duration budget) {

    /**
     * Warms each query up for as many runs as it measures (at most 2 s): the code only one query runs (the
     * full-text parser for the search, a page's template) is compiled by the JIT during its first hundreds
     * of runs, on the same two cores, as it is in an app that has served a few hundred requests.
     */
    static final Sampler DEFAULT = new Sampler(200, Duration.ofSeconds(2), 3, 200, Duration.ofSeconds(20));
    /** For the quick mode, which must stay a few minutes: fewer runs, so its p99 is close to its maximum. */
    static final Sampler QUICK = new Sampler(3, Duration.ofSeconds(5), 3, 50, Duration.ofSeconds(5));
    /** For sweeps (coverage of every framework, crosswalks between many pairs): fewer runs each, many queries. */
    static final Sampler SWEEP = new Sampler(2, Duration.ofSeconds(5), 3, 30, Duration.ofSeconds(3));
    static final Sampler QUICK_SWEEP = new Sampler(1, Duration.ofSeconds(2), 3, 10, Duration.ofSeconds(1));

    /** The sampler of this mode's sweeps. */
    Sampler sweep() {
        return this.equals(QUICK) ? QUICK_SWEEP : SWEEP;
    }

    String describe() {
        return String.format("%d warm-up runs (at most %d s), then up to %d runs or %d s (at least %d)",
                warmups, warmupBudget.toSeconds(), maxIterations, budget.toSeconds(), minIterations);
    }

    Measurement measure(String group, String name, Runnable work) {
        var histogram = new Histogram(3);
        try {
            long warmupEnd = System.nanoTime() + warmupBudget.toNanos();
            for (int i = 0; i < warmups && (i < 1 || System.nanoTime() < warmupEnd); i++) {
                work.run();
            }
            long end = System.nanoTime() + budget.toNanos();
            while (histogram.getTotalCount() < maxIterations && (histogram.getTotalCount() < minIterations || System.nanoTime() < end)) {
                long start = System.nanoTime();
                work.run();
                histogram.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
            }
            return Measurement.of(group, name, histogram, null);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            System.out.println("[bench]   " + name + " stopped: " + message);
            return Measurement.of(group, name, histogram, e.getClass().getSimpleName() + ": " + message);
        }
    }
}
