package io.github.compliancegraph.benchmark;

import java.time.Duration;

import org.HdrHistogram.Histogram;

/**
 * Times a piece of work: warm-up runs first (not recorded), then measured runs until either the
 * iteration count or the time budget is spent, never fewer than {@code minIterations}. Latencies
 * go to an HdrHistogram (microsecond resolution, 3 significant digits).
 */
record Sampler(int warmups, Duration warmupBudget, int minIterations, int maxIterations, Duration budget) {

    static final Sampler DEFAULT = new Sampler(5, Duration.ofSeconds(10), 5, 200, Duration.ofSeconds(20));

    Measurement measure(String group, String name, Runnable work) {
        long warmupEnd = System.nanoTime() + warmupBudget.toNanos();
        for (int i = 0; i < warmups && (i < 2 || System.nanoTime() < warmupEnd); i++) {
            work.run();
        }
        var histogram = new Histogram(3);
        long end = System.nanoTime() + budget.toNanos();
        int n = 0;
        while (n < maxIterations && (n < minIterations || System.nanoTime() < end)) {
            long start = System.nanoTime();
            work.run();
            histogram.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
            n++;
        }
        return Measurement.of(group, name, histogram);
    }
}
