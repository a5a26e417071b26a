package io.github.compliancegraph.benchmark;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one measured operation, in milliseconds. {@code failure} says why the
 * runs stopped early (such as the query timeout); the percentiles then cover the runs that finished.
 */
record Measurement(String group, String name, long iterations, double p50, double p95, double p99, double max, String failure) {

    static Measurement of(String group, String name, Histogram h, String failure) {
        return new Measurement(group, name, h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), failure);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
