package io.github.compliancegraph.traversal;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the traversals (served on {@code /actuator/prometheus}): latency per
 * traversal, heavy ones including their wait for a turn, and the heavy queries refused.
 */
@Component
class TraversalMetrics {

    private final MeterRegistry registry;

    TraversalMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T timed(String traversal, Supplier<T> work) {
        return Timer.builder("compliance.traversal").description("Time to answer a named traversal")
                .tag("traversal", traversal).publishPercentileHistogram().register(registry).record(work);
    }

    /** Counted by reason only, as every refusal is: Prometheus wants one set of tag keys per meter name. */
    void refused() {
        Counter.builder("compliance.requests.refused").description("Requests answered 503 or 409 instead of run")
                .tag("reason", "heavy-queries-busy").register(registry).increment();
    }
}
